// The profile form's fields, one component each: a labelled control with its hint and the server's message.
import { useMemo } from 'react';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  LEARNER_LEVELS,
  type LearnerLevel,
} from '../../../domain/vocabulary';
import type { ReviewCadence } from '../../api/me';
import { CADENCE_LABELS, LEVEL_LABELS, wordsOf } from '../../labels';
import { ProfileField } from './ProfileField';

/** What every field gets: its control's id, the server's message about it, its value, a setter. */
interface FieldProps<T> {
  id: string;
  error: string | undefined;
  value: T;
  onChange: (value: T) => void;
}

export function TextField({
  label,
  maxLength,
  autoComplete,
  value,
  onChange,
  ...field
}: FieldProps<string> & { label: string; maxLength: number; autoComplete?: string }) {
  return (
    <ProfileField {...field} label={label}>
      {(control) => (
        <input
          {...control}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </ProfileField>
  );
}

/** Level and language can be left unset ('') but not cleared: "Choose…" shows only while unset. */
export function LevelField({ value, onChange, ...field }: FieldProps<LearnerLevel | ''>) {
  return (
    <ProfileField {...field} label="Level">
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value as LearnerLevel)}
        >
          {value === '' && <option value="">Choose…</option>}
          {LEARNER_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      )}
    </ProfileField>
  );
}

export function LanguageField({ value, onChange, ...field }: FieldProps<Language | ''>) {
  return (
    <ProfileField {...field} label="Language">
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as Language)}>
          {value === '' && <option value="">Choose…</option>}
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      )}
    </ProfileField>
  );
}

/** Free text, with the roadmap's frameworks for the chosen language offered as suggestions. */
export function FrameworkField({
  suggestions,
  value,
  onChange,
  ...field
}: FieldProps<string> & { suggestions: string[] }) {
  return (
    <ProfileField {...field} label="Framework" hint="Leave empty to decide later.">
      {(control) => (
        <>
          <input
            {...control}
            value={value}
            maxLength={60}
            list={`${field.id}-suggestions`}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={`${field.id}-suggestions`}>
            {suggestions.map((tool) => (
              <option key={tool} value={tool} />
            ))}
          </datalist>
        </>
      )}
    </ProfileField>
  );
}

export function CadenceField({ value, onChange, ...field }: FieldProps<ReviewCadence>) {
  return (
    <ProfileField
      {...field}
      label="Review cadence"
      hint="How often your check-in review comes due; the quarterly and yearly reviews follow."
    >
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value as ReviewCadence)}
        >
          {wordsOf(CADENCE_LABELS).map((cadence) => (
            <option key={cadence} value={cadence}>
              {CADENCE_LABELS[cadence]}
            </option>
          ))}
        </select>
      )}
    </ProfileField>
  );
}

/** Free text, with every zone the browser knows offered as suggestions. */
export function TimeZoneField({ value, onChange, ...field }: FieldProps<string>) {
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  return (
    <ProfileField
      {...field}
      label="Time zone"
      hint="An IANA name such as Europe/Paris: review dates fall on your calendar days."
    >
      {(control) => (
        <>
          <input
            {...control}
            value={value}
            list={`${field.id}-zones`}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={`${field.id}-zones`}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </ProfileField>
  );
}
