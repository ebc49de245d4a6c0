// The onboarding form: the choices that shape the learner's roadmap, saved to their profile at once.
import { useId } from 'react';
import { useFrameworkSuggestions } from '../../api/frameworks';
import type { User } from '../../api/me';
import {
  CadenceChoice,
  FrameworkChoice,
  LanguageChoice,
  LevelChoice,
  TargetRoleField,
  TimeZoneField,
} from './OnboardingFields';
import { useOnboardingChoices } from './useOnboardingChoices';

export function OnboardingForm({ user }: { user: User }) {
  const titleId = useId();
  const frameworks = useFrameworkSuggestions();
  const { choices, choose, submit, save, errors } = useOnboardingChoices(user);
  const language = choices.language;
  const options = language ? (frameworks.data?.[language] ?? []) : [];

  return (
    <section className="onboarding" aria-labelledby={titleId}>
      <h1 id={titleId}>Set up your plan</h1>
      <p className="muted">
        Four choices shape your roadmap: what is essential now, which tools you see, and when you
        review.
      </p>
      <form onSubmit={submit} className="stack">
        <LevelChoice value={choices.level} onChange={(level) => choose('level', level)} />
        <LanguageChoice value={language} onChange={(chosen) => choose('language', chosen)} />
        <FrameworkChoice
          language={language}
          options={options}
          value={choices.framework}
          onChange={(framework) => choose('framework', framework)}
        />
        <TargetRoleField
          value={choices.targetRole}
          onChange={(role) => choose('targetRole', role)}
        />
        <CadenceChoice value={choices.cadence} onChange={(cadence) => choose('cadence', cadence)} />
        <TimeZoneField
          value={choices.timeZone}
          onChange={(zone) => choose('timeZone', zone)}
          error={errors.byField.timeZone}
        />
        {errors.unplaced && (
          <p className="form-error" role="alert">
            {errors.unplaced}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={!language || save.isPending}>
          {save.isPending ? 'Saving…' : 'Start my roadmap'}
        </button>
      </form>
    </section>
  );
}
