// One labelled field of the profile form: its control, an optional hint, and the server's message.
import type { ReactNode } from 'react';
import { FieldError } from './FieldError';

/** What a field's control needs to be named, described and marked invalid. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

export function ProfileField({
  id,
  label,
  hint,
  error,
  children,
}: {
  /** The control's id; the hint and error ids are made from it. */
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  /** The control (and a datalist, if it has one), given the props that tie it to its label. */
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} label={label} message={error} />
    </div>
  );
}
