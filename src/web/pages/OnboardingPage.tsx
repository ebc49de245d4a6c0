// Onboarding, right after sign-up: the four choices that shape the learner's roadmap.
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  LEARNER_LEVELS,
  type LearnerLevel,
} from '../../domain/vocabulary';
import { formErrors } from '../api/fieldErrors';
import { meApi, type User } from '../api/me';
import { queryKeys } from '../api/queryKeys';
import { useFrameworkSuggestions } from '../api/roadmap';
import { Notice } from '../components/Notice';
import { CADENCE_LABELS, LEVEL_LABELS, wordsOf } from '../labels';

import { useCurrentUser } from '../session';

const LEVEL_HINTS: Record<LearnerLevel, string> = {
  beginner: 'New to programming or to the backend.',
  intermediate: 'You have built and shipped something small.',
  job_seeking: 'You are applying or about to: interviews and a portfolio come first.',
};

export function OnboardingPage() {
  const me = useCurrentUser();
  if (!me.data) return <Notice kind="loading">Loading your account…</Notice>;
  return <OnboardingForm user={me.data} />;
}

function OnboardingForm({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const frameworks = useFrameworkSuggestions();
  const ids = {
    level: useId(),
    language: useId(),
    framework: useId(),
    role: useId(),
    cadence: useId(),
    zone: useId(),
  };
  const [level, setLevel] = useState<LearnerLevel>(user.level ?? 'beginner');
  const [language, setLanguage] = useState<Language | ''>(user.language ?? '');
  const [framework, setFramework] = useState(user.framework ?? '');
  const [targetRole, setTargetRole] = useState(user.targetRole ?? 'Backend developer');
  const [cadence, setCadence] = useState<User['reviewCadence']>(user.reviewCadence);
  const [timeZone, setTimeZone] = useState(
    user.timeZone === 'UTC' ? Intl.DateTimeFormat().resolvedOptions().timeZone : user.timeZone,
  );
  const save = useMutation({
    mutationFn: (chosen: Language) =>
      meApi.updateProfile({
        level,
        language: chosen,
        framework: framework || null,
        targetRole: targetRole.trim() || null,
        reviewCadence: cadence,
        timeZone,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps });
      navigate('/dashboard');
    },
  });
  const errors = formErrors(save.error, ['timeZone']);
  const zoneError = errors.byField.timeZone;
  const options = language ? (frameworks.data?.[language] ?? []) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (language) save.mutate(language);
  };

  return (
    <section className="onboarding" aria-labelledby={`${ids.level}-title`}>
      <h1 id={`${ids.level}-title`}>Set up your plan</h1>
      <p className="muted">
        Four choices shape your roadmap: what is essential now, which tools you see, and when you
        review.
      </p>
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>Where are you now?</legend>
          {LEARNER_LEVELS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={ids.level}
                value={option}
                checked={level === option}
                onChange={() => setLevel(option)}
              />
              <span>
                <strong>{LEVEL_LABELS[option]}</strong>{' '}
                <span className="muted">{LEVEL_HINTS[option]}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="field">
          <label htmlFor={ids.language}>Your one language</label>
          <select
            id={ids.language}
            required
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value as Language);
              setFramework('');
            }}
            aria-describedby={`${ids.language}-why`}
          >
            <option value="">Choose one…</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <p id={`${ids.language}-why`} className="hint">
            Why one? Every backend language can get you hired. What slows learners down is
            switching: depth in one language makes every later topic — and the second language —
            easier. The roadmap then shows that language's frameworks, test tools and resources, and
            does not count other languages' topics as gaps.
          </p>
        </div>

        <div className="field">
          <label htmlFor={ids.framework}>Your framework</label>
          <select
            id={ids.framework}
            value={framework}
            disabled={!language}
            onChange={(e) => setFramework(e.target.value)}
          >
            <option value="">{language ? 'Decide later' : 'Choose a language first'}</option>
            {options.map((tool) => (
              <option key={tool} value={tool}>
                {tool}
              </option>
            ))}
          </select>
        </div>

        <div className="field">
          <label htmlFor={ids.role}>Target role</label>
          <input
            id={ids.role}
            value={targetRole}
            maxLength={100}
            onChange={(e) => setTargetRole(e.target.value)}
          />
        </div>

        <div className="field">
          <label htmlFor={ids.cadence}>Check in</label>
          <select
            id={ids.cadence}
            value={cadence}
            onChange={(e) => setCadence(e.target.value as User['reviewCadence'])}
          >
            {wordsOf(CADENCE_LABELS).map((cadence) => (
              <option key={cadence} value={cadence}>
                {CADENCE_LABELS[cadence]}
              </option>
            ))}
          </select>
          <p className="hint">
            A short check-in keeps the plan honest; a refresh every quarter and a reset every year
            follow.
          </p>
        </div>

        <div className="field">
          <label htmlFor={ids.zone}>Time zone</label>
          <input
            id={ids.zone}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            aria-invalid={Boolean(zoneError)}
          />
          {zoneError && <p className="field-error">Time zone {zoneError}.</p>}
        </div>

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
