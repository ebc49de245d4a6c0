// The settings page's profile form: name, level, language, framework, role, cadence, time zone.
import { useId } from 'react';
import { useFrameworkSuggestions } from '../../api/frameworks';
import type { User } from '../../api/me';
import {
  CadenceField,
  FrameworkField,
  LanguageField,
  LevelField,
  TextField,
  TimeZoneField,
} from './ProfileFields';
import { type Draft, type DraftField, useProfileDraft } from './useProfileDraft';

/** The learner's profile: who they are, what they learn in, and when they review. */
export function ProfileForm({ user }: { user: User }) {
  const id = useId();
  const { draft, change, submit, save, errors } = useProfileDraft(user);
  const frameworks = useFrameworkSuggestions();
  const suggestions = draft.language ? (frameworks.data?.[draft.language] ?? []) : [];
  /** What each field is given: its id, the server's message about it, its value and setter. */
  const field = <K extends DraftField>(name: K) => ({
    id: `${id}-${name}`,
    error: errors.byField[name],
    value: draft[name],
    onChange: (value: Draft[K]) => change(name, value),
  });

  return (
    <form className="settings-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Profile</h2>
      <TextField
        {...field('displayName')}
        label="Display name"
        maxLength={80}
        autoComplete="nickname"
      />
      <LevelField {...field('level')} />
      <LanguageField {...field('language')} />
      <FrameworkField {...field('framework')} suggestions={suggestions} />
      <TextField {...field('targetRole')} label="Target role" maxLength={100} />
      <CadenceField {...field('reviewCadence')} />
      <TimeZoneField {...field('timeZone')} />
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
