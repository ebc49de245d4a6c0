// The form that takes a pasted job posting and has the server find the roadmap skills it names.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { formErrors } from '../../api/fieldErrors';
import { type Posting, postingsApi } from '../../api/postings';
import { queryKeys } from '../../api/queryKeys';

/** Paste a posting, optionally name it, and have it analysed and saved. */
export function PostingForm({ onAnalysed }: { onAnalysed: (posting: Posting) => void }) {
  const queryClient = useQueryClient();
  const ids = { title: useId(), text: useId() };
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const analyse = useMutation({
    mutationFn: () => {
      const named = title.trim();
      return postingsApi.analyse(named ? { text, title: named } : { text });
    },
    onSuccess: (posting) => {
      queryClient.setQueryData(queryKeys.postings.one(posting.id), posting);
      setTitle('');
      setText('');
      onAnalysed(posting);
      return queryClient.invalidateQueries({ queryKey: queryKeys.postings.all });
    },
  });
  const errors = formErrors(analyse.error, ['text', 'title']);
  const textError = errors.byField.text;
  const titleError = errors.byField.title;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) analyse.mutate();
  };

  return (
    <form className="posting-form" onSubmit={submit} aria-label="Analyse a job posting">
      <div className="field">
        <label htmlFor={ids.title}>
          Title <span className="muted">(optional)</span>
        </label>
        <input
          id={ids.title}
          value={title}
          maxLength={200}
          placeholder="e.g. Junior backend developer at Acme"
          aria-invalid={Boolean(titleError)}
          aria-describedby={titleError ? `${ids.title}-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {titleError && (
          <p id={`${ids.title}-error`} className="field-error">
            Title {titleError}.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.text}>Posting text</label>
        <textarea
          id={ids.text}
          value={text}
          required
          rows={8}
          maxLength={100_000}
          aria-invalid={Boolean(textError)}
          aria-describedby={`${ids.text}-hint${textError ? ` ${ids.text}-error` : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${ids.text}-hint`} className="hint">
          Paste the whole ad. Waymark finds the roadmap skills it names (PostgreSQL, Docker, REST…)
          and keeps the posting so you can see which skills keep coming back.
        </p>
        {textError && (
          <p id={`${ids.text}-error`} className="field-error">
            Posting text {textError}.
          </p>
        )}
      </div>
      {errors.unplaced && (
        <p className="form-error" role="alert">
          Not analysed: {errors.unplaced}
        </p>
      )}

      <div>
        <button
          type="submit"
          className="button-primary"
          disabled={analyse.isPending || !text.trim()}
        >
          {analyse.isPending ? 'Finding skills…' : 'Find skills'}
        </button>
      </div>
    </form>
  );
}
