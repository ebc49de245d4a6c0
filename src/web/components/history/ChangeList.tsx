// The history page's list of status changes, newest first, a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Status } from '../../../domain/vocabulary';
import { type HistoryChange, historyApi } from '../../api/history';
import { queryKeys } from '../../api/queryKeys';
import { STATUS_SHORT_LABELS } from '../../labels';
import { LoadFailed, Notice } from '../Notice';

const CAUSES: Record<HistoryChange['cause'], string> = {
  learner: 'by you',
  review: 'in a review',
  content_upgrade: 'roadmap update',
};

/** The learner's latest status changes, newest first, a page at a time. */
export function ChangeList({
  topicTitles,
  timeZone,
}: {
  topicTitles: ReadonlyMap<string, string>;
  timeZone: string | undefined;
}) {
  const changes = useInfiniteQuery({
    queryKey: queryKeys.history.changes,

    queryFn: ({ pageParam }) => historyApi.history(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const when = new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });

  if (changes.isPending) return <Notice kind="loading">Loading your changes…</Notice>;
  // A failed "Load more" keeps the changes already shown; only a failed first page replaces them.
  if (changes.isError && !changes.isFetchNextPageError) {
    return (
      <LoadFailed what="Your changes" error={changes.error} onRetry={() => changes.refetch()} />
    );
  }
  const items = changes.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) {
    return (
      <Notice kind="empty">
        No changes yet. Every status you set on a topic is kept here, with when and why.
      </Notice>
    );
  }
  return (
    <>
      <ol className="change-list">
        {items.map((item) => (
          <li key={item.id}>
            <span className="change-topic">{topicTitles.get(item.topicId) ?? item.topicId}</span>
            <ChangedStatus from={item.previousStatus ?? 'not_started'} to={item.status} />
            <span className="muted">
              <time dateTime={item.changedAt}>{when.format(new Date(item.changedAt))}</time>,{' '}
              {CAUSES[item.cause]}
            </span>
          </li>
        ))}
      </ol>
      {changes.hasNextPage ? (
        <button
          type="button"
          className="button-quiet load-more"
          disabled={changes.isFetchingNextPage}
          onClick={() => changes.fetchNextPage()}
        >
          {changes.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      ) : (
        <p className="hint">That is your whole history.</p>
      )}
      {changes.isFetchNextPageError && (
        <p className="form-error" role="alert">
          More changes could not be loaded: {changes.error?.message}
        </p>
      )}
    </>
  );
}

/** "Learning → Fragile", read aloud as "Learning to Fragile"; a same-status entry changed the plan. */
function ChangedStatus({ from, to }: { from: Status; to: Status }) {
  if (from === to) {
    return (
      <span className="change-statuses">
        <strong>{STATUS_SHORT_LABELS[to]}</strong>{' '}
        <span className="muted">(bucket or note changed)</span>
      </span>
    );
  }
  return (
    <span className="change-statuses">
      {STATUS_SHORT_LABELS[from]}
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> to </span>
      <strong>{STATUS_SHORT_LABELS[to]}</strong>
    </span>
  );
}
