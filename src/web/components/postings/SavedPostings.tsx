// The learner's saved postings, each to open or delete.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type PostingSummary, postingsApi } from '../../api/postings';
import { queryKeys } from '../../api/queryKeys';
import { LoadFailed, Notice } from '../Notice';
import { ConfirmAction } from './ConfirmAction';

const savedOn = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));

const nameOf = (posting: PostingSummary) =>
  posting.title ?? `Untitled posting of ${savedOn(posting.createdAt)}`;

/** The learner's saved postings: open one to see it highlighted, or delete it. */
export function SavedPostings({
  selectedId,
  onSelect,
  onDeleted,
}: {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDeleted: (id: string) => void;
}) {
  const postings = useQuery({ queryKey: queryKeys.postings.list, queryFn: postingsApi.list });

  if (postings.isPending) return <Notice kind="loading">Loading your postings…</Notice>;
  if (postings.isError) {
    return (
      <LoadFailed what="Your postings" error={postings.error} onRetry={() => postings.refetch()} />
    );
  }
  if (postings.data.length === 0) {
    return (
      <Notice kind="empty">
        No saved postings yet. Paste one above: after a few, the skills they keep asking for stand
        out below.
      </Notice>
    );
  }
  return (
    <ul className="saved-postings">
      {postings.data.map((posting) => (
        <SavedPosting
          key={posting.id}
          posting={posting}
          selected={posting.id === selectedId}
          onSelect={onSelect}
          onDeleted={onDeleted}
        />
      ))}
    </ul>
  );
}

function SavedPosting({
  posting,
  selected,
  onSelect,
  onDeleted,
}: {
  posting: PostingSummary;
  selected: boolean;
  onSelect: (id: string) => void;
  onDeleted: (id: string) => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => postingsApi.remove(posting.id),
    onSuccess: () => {
      onDeleted(posting.id);
      queryClient.removeQueries({ queryKey: queryKeys.postings.one(posting.id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.postings.all });
    },
  });
  const name = nameOf(posting);
  const skills = posting.topicIds.length;
  return (
    <li className={selected ? 'saved-posting is-selected' : 'saved-posting'}>
      <div className="saved-posting-main">
        <button
          type="button"
          className="link-button"
          aria-pressed={selected}
          onClick={() => onSelect(posting.id)}
        >
          {name}
        </button>
        <span className="muted">
          {savedOn(posting.createdAt)} · {skills === 1 ? '1 skill' : `${skills} skills`}
        </span>
      </div>
      <ConfirmAction
        label="Delete"
        target={`posting ${name}`}
        question="Delete this posting for good?"
        confirmLabel="Yes, delete"
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      {remove.isError && (
        <p className="form-error" role="alert">
          Not deleted: {remove.error.message}
        </p>
      )}
    </li>
  );
}
