// One topic on the roadmap: what it is, its bucket, the learner's tools, and a status that saves at once.
import { type KeyboardEvent, memo, useId } from 'react';
import { STATUSES, type Status } from '../../domain/vocabulary';
import type { LearnerTopic } from '../api/roadmap';
import { BUCKET_LABELS, STATUS_LABELS } from '../labels';
import { SHORTCUT_KEYS } from './roadmap/labels';
import { shortcutStatus } from './roadmap/shortcuts';
import { useSaveProgress } from './roadmap/useSaveProgress';

// The labels used to live here; pages that import them from here keep working.

/** The id of a topic's card, so the page can give focus back to it when its panel closes. */
export const topicCardId = (topicId: string) => `topic-card-${topicId}`;

interface TopicCardProps {
  topic: LearnerTopic;
  /** Opens the topic's panel; the opener gets focus back when it closes. */
  onOpen: (topicId: string, opener: HTMLElement) => void;
}

/**
 * Memoised: typing in the search box re-renders the page, and with ~144 cards only those whose
 * topic object changed (a status was saved) should render again.
 */
export const TopicCard = memo(function TopicCard({ topic, onOpen }: TopicCardProps) {
  const mark = useSaveProgress(topic.id);
  const selectId = useId();
  const titleId = `${selectId}-title`;
  const errorId = `${selectId}-error`;
  const status = topic.progress.status;

  const markStatus = (next: Status) => {
    if (next !== status) mark.mutate({ status: next });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const next = shortcutStatus(event);
    if (!next) return;
    event.preventDefault();
    markStatus(next);
  };

  return (
    <article
      id={topicCardId(topic.id)}
      className={`topic topic-${status} roadmap-card`}
      aria-labelledby={titleId}
      // Keys pressed on the card's Details button bubble here; the card itself is not a Tab stop,
      // so 144 topics do not add 144 stops to the keyboard path.
      onKeyDown={onKeyDown}
    >
      <div className="topic-head">
        <h3 id={titleId}>{topic.title}</h3>
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
          aria-describedby={mark.isError ? errorId : undefined}
          onChange={(e) => markStatus(e.target.value as Status)}
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
        <button
          type="button"
          className="button-quiet roadmap-card-open"
          aria-haspopup="dialog"
          aria-label={`Details: ${topic.title}`}
          aria-keyshortcuts={SHORTCUT_KEYS}
          onClick={(e) => onOpen(topic.id, e.currentTarget)}
        >
          Details
        </button>
      </div>
      {mark.isError && (
        <p id={errorId} className="form-error" role="alert">
          Not saved: {mark.error.message} Your previous status is back.
        </p>
      )}
    </article>
  );
});
