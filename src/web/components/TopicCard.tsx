import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { STATUSES, type Status } from '../../domain/vocabulary';
import { api, type LearnerRoadmap, type LearnerTopic } from '../api/client';
import { ROADMAP_ID, roadmapKey } from '../api/keys';

export const STATUS_LABELS: Record<Status, string> = {
  not_started: 'Not started',
  learning: 'Learning',
  theoretical: 'Theoretical (studied, not applied)',
  fragile: 'Fragile (applied, still shaky)',
  comfortable: 'Comfortable',
  skipped: 'Skipped',
};

const BUCKET_LABELS = {
  essential_now: 'Essential now',
  useful_next: 'Useful next',
  optional_later: 'Optional later',
};

/** Saves a status at once, shows it before the server answers, and puts the old one back if saving fails. */
function useMarkTopic(topicId: string) {
  const queryClient = useQueryClient();
  const key = roadmapKey(ROADMAP_ID);
  return useMutation({
    mutationFn: (status: Status) => api.markTopic(topicId, { status }),
    onMutate: async (status) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<LearnerRoadmap>(key);
      queryClient.setQueryData<LearnerRoadmap>(
        key,
        (roadmap) =>
          roadmap && {
            ...roadmap,
            topics: roadmap.topics.map((t) =>
              t.id === topicId ? { ...t, progress: { ...t.progress, status } } : t,
            ),
          },
      );
      return { previous };
    },
    onError: (_error, _status, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (record) => {
      queryClient.setQueryData<LearnerRoadmap>(
        key,
        (roadmap) =>
          roadmap && {
            ...roadmap,
            topics: roadmap.topics.map((t) =>
              t.id === topicId ? { ...t, progress: { ...t.progress, ...record } } : t,
            ),
          },
      );
    },
  });
}

export function TopicCard({ topic }: { topic: LearnerTopic }) {
  const mark = useMarkTopic(topic.id);
  const selectId = useId();
  const status = topic.progress.status;
  return (
    <article className={`topic topic-${status}`} aria-labelledby={`${selectId}-title`}>
      <div className="topic-head">
        <h3 id={`${selectId}-title`}>{topic.title}</h3>
        <span className={`bucket bucket-${topic.bucket}`}>{BUCKET_LABELS[topic.bucket]}</span>
      </div>
      <p>{topic.summary}</p>
      {topic.tools.length > 0 && (
        <p className="tools">
          <span className="muted">In your language:</span> {topic.tools.join(', ')}
        </p>
      )}
      <div className="topic-controls">
        <label htmlFor={selectId}>Status</label>
        <select
          id={selectId}
          value={status}
          aria-describedby={mark.isError ? `${selectId}-error` : undefined}
          onChange={(e) => mark.mutate(e.target.value as Status)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <span className="save-state" role="status" aria-live="polite">
          {mark.isPending ? 'Saving…' : mark.isSuccess ? 'Saved' : ''}
        </span>
      </div>
      {mark.isError && (
        <p id={`${selectId}-error`} className="form-error" role="alert">
          Not saved: {mark.error.message} Your previous status is back.
        </p>
      )}
      <details>
        <summary>Resources and can-do checks</summary>
        <ul className="checks" aria-label="Can-do checks">
          {topic.checks.map((check) => (
            <li key={check}>{check}</li>
          ))}
        </ul>
        <ul className="resources" aria-label="Resources">
          {topic.resources.map((resource) => (
            <li key={resource.url}>
              <a href={resource.url} target="_blank" rel="noreferrer">
                {resource.title}
              </a>{' '}
              <span className="muted">({resource.kind})</span>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
