// The onboarding form's fields: level, language (and why one), framework, role, check-in and time zone.
import { useId } from 'react';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  LEARNER_LEVELS,
  type LearnerLevel,
} from '../../../domain/vocabulary';
import type { ReviewCadence } from '../../api/me';
import { CADENCE_LABELS, LEVEL_LABELS, wordsOf } from '../../labels';

const LEVEL_HINTS: Record<LearnerLevel, string> = {
  beginner: 'New to programming or to the backend.',
  intermediate: 'You have built and shipped something small.',
  job_seeking: 'You are applying or about to: interviews and a portfolio come first.',
};

interface ChoiceProps<T> {
  value: T;
  onChange: (value: T) => void;
}

export function LevelChoice({ value, onChange }: ChoiceProps<LearnerLevel>) {
  const name = useId();
  return (
    <fieldset>
      <legend>Where are you now?</legend>
      {LEARNER_LEVELS.map((level) => (
        <label key={level} className="choice">
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
          />
          <span>
            <strong>{LEVEL_LABELS[level]}</strong>{' '}
            <span className="muted">{LEVEL_HINTS[level]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function LanguageChoice({ value, onChange }: ChoiceProps<Language | ''>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Your one language</label>
      <select
        id={id}
        required
        value={value}
        onChange={(e) => onChange(e.target.value as Language)}
        aria-describedby={`${id}-why`}
      >
        <option value="">Choose one…</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <p id={`${id}-why`} className="hint">
        Why one? Every backend language can get you hired. What slows learners down is switching:
        depth in one language makes every later topic — and the second language — easier. The
        roadmap then shows that language's frameworks, test tools and resources, and does not count
        other languages' topics as gaps.
      </p>
    </div>
  );
}

/** One of the roadmap's frameworks for the chosen language, or none yet. */
export function FrameworkChoice({
  language,
  options,
  value,
  onChange,
}: ChoiceProps<string> & { language: Language | ''; options: string[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Your framework</label>
      <select id={id} value={value} disabled={!language} onChange={(e) => onChange(e.target.value)}>
        <option value="">{language ? 'Decide later' : 'Choose a language first'}</option>
        {options.map((tool) => (
          <option key={tool} value={tool}>
            {tool}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TargetRoleField({ value, onChange }: ChoiceProps<string>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Target role</label>
      <input id={id} value={value} maxLength={100} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function CadenceChoice({ value, onChange }: ChoiceProps<ReviewCadence>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Check in</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ReviewCadence)}>
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
  );
}

/** The zone the server counts due dates in; the server says when a name is not one. */
export function TimeZoneField({
  value,
  onChange,
  error,
}: ChoiceProps<string> & { error: string | undefined }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Time zone</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
      />
      {error && <p className="field-error">Time zone {error}.</p>}
    </div>
  );
}
