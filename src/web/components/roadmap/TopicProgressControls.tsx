// The panel's status and bucket selects; each saves on change and says whether it was saved.
import { useId } from 'react';
import { BUCKETS, type Bucket, STATUSES, type Status } from '../../../domain/vocabulary';
import type { LearnerTopic } from '../../api/roadmap';
import { BUCKET_LABELS, STATUS_LABELS } from '../../labels';
import type { useSaveProgress } from './useSaveProgress';

type SaveProgress = ReturnType<typeof useSaveProgress>;

function SaveState({ save, what }: { save: SaveProgress; what: string }) {
  return (
    <>
      <span className="save-state" role="status" aria-live="polite">
        {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved' : ''}
      </span>
      {save.isError && (
        <p className="form-error roadmap-field-wide" role="alert">
          {what} not saved: {save.error.message} The previous value is back.
        </p>
      )}
    </>
  );
}

interface Props {
  topic: LearnerTopic;
  /** Shared with the panel's keyboard shortcuts, so a key press shows here as Saving/Saved. */
  saveStatus: SaveProgress;
  saveBucket: SaveProgress;
}

export function TopicProgressControls({ topic, saveStatus, saveBucket }: Props) {
  const id = useId();
  const status = topic.progress.status;
  const override = topic.progress.bucket;
  return (
    <div className="roadmap-panel-controls">
      <div className="roadmap-inline-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => saveStatus.mutate({ status: e.target.value as Status })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <SaveState save={saveStatus} what="Status" />
      </div>
      <div className="roadmap-inline-field">
        <label htmlFor={`${id}-bucket`}>Bucket</label>
        <select
          id={`${id}-bucket`}
          value={override ?? ''}
          aria-describedby={`${id}-bucket-hint`}
          onChange={(e) =>
            saveBucket.mutate({
              status,
              // The empty choice goes back to the level's default, which the API spells null.
              bucket: e.target.value === '' ? null : (e.target.value as Bucket),
            })
          }
        >
          <option value="">Default for my level ({BUCKET_LABELS[topic.defaultBucket]})</option>
          {BUCKETS.map((bucket) => (
            <option key={bucket} value={bucket}>
              {BUCKET_LABELS[bucket]}
            </option>
          ))}
        </select>
        <SaveState save={saveBucket} what="Bucket" />
        <p id={`${id}-bucket-hint`} className="hint roadmap-field-wide">
          Move a topic earlier or later than your level suggests.
        </p>
      </div>
    </div>
  );
}
