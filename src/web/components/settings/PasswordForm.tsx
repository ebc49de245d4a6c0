// The password change form: the current password, the new one twice, and what changing it does.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { accountApi } from '../../api/account';
import { formErrors } from '../../api/fieldErrors';
import { queryKeys } from '../../api/queryKeys';
import { FieldError } from './FieldError';

/** Change the password; the server signs out every other session when it does. */
export function PasswordForm() {
  const queryClient = useQueryClient();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => accountApi.changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      return queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
  const errors = formErrors(change.error, ['currentPassword', 'newPassword']);
  const currentError = errors.byField.currentPassword;
  const newError = errors.byField.newPassword;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Checked here first: a typo in the new password would otherwise lock the learner out.
    if (next !== confirm) {
      setMismatch(true);
      change.reset();
      return;
    }
    setMismatch(false);
    change.mutate();
  };
  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (change.isSuccess) change.reset();
  };

  return (
    <form className="settings-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Password</h2>
      <p className="hint">
        Changing your password signs you out on every other device and browser; this one stays
        signed in.
      </p>
      <div className="field">
        <label htmlFor={`${id}-current`}>Current password</label>
        <input
          id={`${id}-current`}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          aria-invalid={Boolean(currentError)}
          aria-describedby={currentError ? `${id}-current-error` : undefined}
          onChange={(e) => edited(setCurrent)(e.target.value)}
        />
        <FieldError id={`${id}-current-error`} label="Current password" message={currentError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-new`}>New password</label>
        <input
          id={`${id}-new`}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          aria-invalid={Boolean(newError)}
          aria-describedby={`${id}-new-hint${newError ? ` ${id}-new-error` : ''}`}
          onChange={(e) => edited(setNext)(e.target.value)}
        />
        <p id={`${id}-new-hint`} className="hint">
          At least 10 characters; a few words you will remember work well.
        </p>
        <FieldError id={`${id}-new-error`} label="New password" message={newError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Confirm new password</label>
        <input
          id={`${id}-confirm`}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${id}-confirm-error` : undefined}
          onChange={(e) => {
            edited(setConfirm)(e.target.value);
            setMismatch(false);
          }}
        />
        {mismatch && (
          <p id={`${id}-confirm-error`} className="field-error" role="alert">
            The two new passwords do not match.
          </p>
        )}
      </div>
      {errors.unplaced && (
        <p className="form-error" role="alert">
          Not changed: {errors.unplaced}
        </p>
      )}

      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={change.isPending || !current || !next || !confirm}
        >
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
        <span className="save-state" role="status">
          {change.isSuccess ? 'Password changed. Every other session has been signed out.' : ''}
        </span>
      </div>
    </form>
  );
}
