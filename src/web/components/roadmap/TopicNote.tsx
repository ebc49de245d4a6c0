// The learner's own note on a topic; saved with the current status, as the API requires.
import { useId, useState } from 'react';
import type { LearnerTopic } from '../../api/roadmap';
import { useSaveProgress } from './useSaveProgress';

const NOTE_LIMIT = 4000;

export function TopicNote({ topic }: { topic: LearnerTopic }) {
  const id = useId();
  const save = useSaveProgress(topic.id);
  const [text, setText] = useState(topic.progress.note ?? '');
  const unchanged = text.trim() === (topic.progress.note ?? '').trim();

  return (
    <form
      className="roadmap-note"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ status: topic.progress.status, note: text.trim() === '' ? null : text });
      }}
    >
      <label htmlFor={id}>Your note</label>
      <textarea
        id={id}
        rows={4}
        maxLength={NOTE_LIMIT}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          // "Saved" described the text before this edit; it would now be a lie.
          if (!save.isPending) save.reset();
        }}
      />
      <p id={`${id}-hint`} className="hint">
        What confused you, what you built, what to look up next.
      </p>
      <div className="roadmap-inline-field">
        <button type="submit" className="button-primary" disabled={save.isPending || unchanged}>
          Save note
        </button>
        <span className="save-state" role="status" aria-live="polite">
          {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved' : ''}
        </span>
      </div>
      {save.isError && (
        <p className="form-error" role="alert">
          Note not saved: {save.error.message} Your text is still here; try again.
        </p>
      )}
    </form>
  );
}
