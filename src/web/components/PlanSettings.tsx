// The level and language selects on the roadmap page: the two choices that reshape it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  LEARNER_LEVELS,
  type LearnerLevel,
} from '../../domain/vocabulary';
import { meApi, type User } from '../api/me';
import { queryKeys } from '../api/queryKeys';
import { LEVEL_LABELS } from '../labels';

/** The two choices that reshape the roadmap: the learner's level and their one language. */
export function PlanSettings({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const ids = { level: useId(), language: useId() };
  const save = useMutation({
    mutationFn: (patch: { level?: LearnerLevel; language?: Language }) =>
      meApi.updateProfile(patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      // Buckets follow the level and tools follow the language, so the roadmap is redrawn.
      return queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps });
    },
  });

  return (
    <form className="plan-settings" aria-label="Your plan" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor={ids.level}>Your level</label>
        <select
          id={ids.level}
          value={user.level ?? ''}
          disabled={save.isPending}
          onChange={(e) => save.mutate({ level: e.target.value as LearnerLevel })}
        >
          {user.level === null && <option value="">Choose…</option>}
          {LEARNER_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.language}>Your one language</label>
        <select
          id={ids.language}
          value={user.language ?? ''}
          disabled={save.isPending}
          onChange={(e) => save.mutate({ language: e.target.value as Language })}
        >
          {user.language === null && <option value="">Choose…</option>}
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <span className="save-state" role="status" aria-live="polite">
        {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved' : ''}
      </span>
      <p className="hint">
        Pick one language and go deep: the roadmap shows its frameworks, test tools and resources,
        and topics for other languages are not counted as gaps.
      </p>
      {save.isError && (
        <p className="form-error" role="alert">
          Not saved: {save.error.message}
        </p>
      )}
    </form>
  );
}
