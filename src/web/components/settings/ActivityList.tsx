// What the coach keeps of the learner's roadmap moves, the latest few shown, and a way to forget it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Activity, activityApi } from '../../api/activity';
import { queryKeys } from '../../api/queryKeys';
import { LoadFailed, Notice } from '../Notice';
import { ConfirmAction } from '../postings/ConfirmAction';

const SHOWN = 8;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const KIND_WORDS: Record<Activity['kind'], string> = {
  search: 'Searched',
  column: 'Filtered to the column',
  topic: 'Opened the topic',
};

export function ActivityList() {
  const queryClient = useQueryClient();
  const activity = useQuery({ queryKey: queryKeys.activity, queryFn: activityApi.list });
  const forget = useMutation({
    mutationFn: activityApi.forget,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: queryKeys.activity });
      queryClient.invalidateQueries({ queryKey: queryKeys.coach });
    },
  });

  if (activity.isPending) return <Notice kind="loading">Loading your activity…</Notice>;
  if (activity.isError) {
    return (
      <LoadFailed what="Your activity" error={activity.error} onRetry={() => activity.refetch()} />
    );
  }
  if (activity.data.length === 0) {
    return <Notice kind="empty">Nothing kept: search or open topics on the roadmap first.</Notice>;
  }
  const moves = activity.data;
  return (
    <div className="stack">
      <p>
        {moves.length === 1 ? 'One move is kept' : `${moves.length} moves are kept`}
        {moves.length > SHOWN ? `; the latest ${SHOWN}:` : ':'}
      </p>
      <ul className="activity-list">
        {moves.slice(0, SHOWN).map((move) => (
          <li key={`${move.at}-${move.kind}-${move.value}`}>
            {KIND_WORDS[move.kind]} <strong>{move.value}</strong>{' '}
            <span className="muted">· {when.format(new Date(move.at))}</span>
          </li>
        ))}
      </ul>
      <ConfirmAction
        label="Forget my activity"
        target={`${moves.length} kept moves`}
        question="Forget every kept search, filter and opened topic?"
        confirmLabel="Yes, forget it"
        pending={forget.isPending}
        onConfirm={() => forget.mutate()}
      />
      {forget.isError && (
        <p className="form-error" role="alert">
          Not forgotten: {forget.error.message}
        </p>
      )}
    </div>
  );
}
