// Logging in and signing up: one form, worded for each.
import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { formErrors } from '../api/fieldErrors';
import { useSignIn } from '../session';

const COPY = {
  login: {
    title: 'Log in',
    submit: 'Log in',
    busy: 'Logging in…',
    other: 'New here?',
    otherLink: 'Create an account',
    otherTo: '/signup',
  },
  register: {
    title: 'Create your account',
    submit: 'Sign up',
    busy: 'Creating your account…',
    other: 'Already have an account?',
    otherLink: 'Log in',
    otherTo: '/login',
  },
} as const;

export function AuthPage({ mode }: { mode: 'login' | 'register' }) {
  const copy = COPY[mode];
  const signIn = useSignIn(mode);
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const ids = { email: useId(), password: useId(), passwordHelp: useId(), error: useId() };
  const error = signIn.error instanceof ApiError ? signIn.error : null;
  const fieldErrors = formErrors(error, ['email', 'password']).byField;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      {
        onSuccess: () => {
          const from = (location.state as { from?: string } | null)?.from;
          navigate(mode === 'register' ? '/onboarding' : (from ?? '/dashboard'), { replace: true });
        },
      },
    );
  };

  return (
    <section className="auth-card" aria-labelledby={`${ids.email}-title`}>
      <h1 id={`${ids.email}-title`}>{copy.title}</h1>
      {mode === 'register' && (
        <p className="muted">
          Follow the Backend roadmap, mark each topic honestly, and keep your plan alive.
        </p>
      )}
      <form onSubmit={submit} noValidate aria-describedby={error ? ids.error : undefined}>
        <label htmlFor={ids.email}>Email</label>
        <input
          id={ids.email}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={Boolean(fieldErrors.email)}
        />
        {fieldErrors.email && <p className="field-error">Email {fieldErrors.email}.</p>}

        <label htmlFor={ids.password}>Password</label>
        <input
          id={ids.password}
          type="password"
          autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          required
          minLength={mode === 'register' ? 10 : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby={mode === 'register' ? ids.passwordHelp : undefined}
          aria-invalid={Boolean(fieldErrors.password)}
        />
        {mode === 'register' && (
          <p id={ids.passwordHelp} className="hint">
            At least 10 characters. A short sentence works well.
          </p>
        )}

        {error && (
          <p id={ids.error} className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? copy.busy : copy.submit}
        </button>
      </form>
      <p className="muted">
        {copy.other} <Link to={copy.otherTo}>{copy.otherLink}</Link>
      </p>
    </section>
  );
}
