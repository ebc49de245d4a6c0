// The settings page's profile form: name, level, language, framework, role, cadence, time zone.
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { type FormEvent, useId, useMemo, useState } from 'react';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  LEARNER_LEVELS,
  type LearnerLevel,
} from '../../../domain/vocabulary';
import { formErrors } from '../../api/fieldErrors';
import { meApi, type User } from '../../api/me';
import { queryKeys } from '../../api/queryKeys';
import { useFrameworkSuggestions } from '../../api/roadmap';
import { CADENCE_LABELS, LEVEL_LABELS, wordsOf } from '../../labels';
import { FieldError } from './FieldError';

type Draft = {
  displayName: string;
  level: LearnerLevel | '';
  language: Language | '';
  framework: string;
  targetRole: string;
  reviewCadence: User['reviewCadence'];
  timeZone: string;
};

const draftOf = (user: User): Draft => ({
  displayName: user.displayName ?? '',
  level: user.level ?? '',
  language: user.language ?? '',
  framework: user.framework ?? '',
  targetRole: user.targetRole ?? '',
  reviewCadence: user.reviewCadence,
  timeZone: user.timeZone,
});

/** Empty text clears an optional field; level and language cannot be cleared, only left unset. */
const patchOf = (draft: Draft) => ({
  displayName: draft.displayName.trim() || null,
  framework: draft.framework.trim() || null,
  targetRole: draft.targetRole.trim() || null,
  reviewCadence: draft.reviewCadence,
  timeZone: draft.timeZone.trim(),
  ...(draft.level ? { level: draft.level } : {}),
  ...(draft.language ? { language: draft.language } : {}),
});

/** The learner's profile: who they are, what they learn in, and when they review. */
export function ProfileForm({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(user));
  const frameworks = useFrameworkSuggestions();
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const save = useMutation({
    mutationFn: () => meApi.updateProfile(patchOf(draft)),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      setDraft(draftOf(updated));
      // Level, language, cadence and time zone reshape the roadmap, due dates and coach, so
      // everything but the account itself is fetched again.
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.me[0],
      });
    },
  });
  const errors = formErrors(save.error, Object.keys(draft) as (keyof Draft)[]);
  const fieldError = (field: keyof Draft) => errors.byField[field];

  const change = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (save.isSuccess) save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const describedBy = (field: keyof Draft, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', fieldError(field) ? `${id}-${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const input = (field: keyof Draft, hint?: boolean) => ({
    id: `${id}-${field}`,
    'aria-invalid': Boolean(fieldError(field)),
    'aria-describedby': describedBy(field, hint),
  });
  const suggestions = draft.language ? (frameworks.data?.[draft.language] ?? []) : [];

  return (
    <form className="settings-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Profile</h2>
      <div className="field">
        <label htmlFor={`${id}-displayName`}>Display name</label>
        <input
          {...input('displayName')}
          value={draft.displayName}
          maxLength={80}
          autoComplete="nickname"
          onChange={(e) => change('displayName', e.target.value)}
        />
        <FieldError
          id={`${id}-displayName-error`}
          label="Display name"
          message={fieldError('displayName')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>Level</label>
        <select
          {...input('level')}
          value={draft.level}
          onChange={(e) => change('level', e.target.value as LearnerLevel)}
        >
          {draft.level === '' && <option value="">Choose…</option>}
          {LEARNER_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-level-error`} label="Level" message={fieldError('level')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>Language</label>
        <select
          {...input('language')}
          value={draft.language}
          onChange={(e) => change('language', e.target.value as Language)}
        >
          {draft.language === '' && <option value="">Choose…</option>}
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-language-error`} label="Language" message={fieldError('language')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-framework`}>Framework</label>
        <input
          {...input('framework', true)}
          value={draft.framework}
          maxLength={60}
          list={`${id}-frameworks`}
          onChange={(e) => change('framework', e.target.value)}
        />
        <datalist id={`${id}-frameworks`}>
          {suggestions.map((tool) => (
            <option key={tool} value={tool} />
          ))}
        </datalist>
        <p id={`${id}-framework-hint`} className="hint">
          Leave empty to decide later.
        </p>
        <FieldError
          id={`${id}-framework-error`}
          label="Framework"
          message={fieldError('framework')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-targetRole`}>Target role</label>
        <input
          {...input('targetRole')}
          value={draft.targetRole}
          maxLength={100}
          onChange={(e) => change('targetRole', e.target.value)}
        />
        <FieldError
          id={`${id}-targetRole-error`}
          label="Target role"
          message={fieldError('targetRole')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reviewCadence`}>Review cadence</label>
        <select
          {...input('reviewCadence', true)}
          value={draft.reviewCadence}
          onChange={(e) => change('reviewCadence', e.target.value as User['reviewCadence'])}
        >
          {wordsOf(CADENCE_LABELS).map((cadence) => (
            <option key={cadence} value={cadence}>
              {CADENCE_LABELS[cadence]}
            </option>
          ))}
        </select>
        <p id={`${id}-reviewCadence-hint`} className="hint">
          How often your check-in review comes due; the quarterly and yearly reviews follow.
        </p>
        <FieldError
          id={`${id}-reviewCadence-error`}
          label="Review cadence"
          message={fieldError('reviewCadence')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-timeZone`}>Time zone</label>
        <input
          {...input('timeZone', true)}
          value={draft.timeZone}
          list={`${id}-zones`}
          autoComplete="off"
          onChange={(e) => change('timeZone', e.target.value)}
        />
        <datalist id={`${id}-zones`}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id={`${id}-timeZone-hint`} className="hint">
          An IANA name such as Europe/Paris: review dates fall on your calendar days.
        </p>
        <FieldError
          id={`${id}-timeZone-error`}
          label="Time zone"
          message={fieldError('timeZone')}
        />
      </div>
      {errors.unplaced && (
        <p className="form-error" role="alert">
          Not saved: {errors.unplaced}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
        <span className="save-state" role="status">
          {save.isSuccess ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}
