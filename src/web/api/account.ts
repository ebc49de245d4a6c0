// Signing up, in and out, the password, and the devices signed in: the auth module's routes.
import type { Static } from 'typebox';
import type {
  CredentialsSchema,
  PasswordChangeSchema,
  SessionSchema,
  SessionStateSchema,
  SignedInSchema,
} from '../../server/modules/auth/schemas';
import { rememberCsrfToken, request } from './client';
import type { User } from './me';

type Credentials = Static<typeof CredentialsSchema>;
type SignedIn = Static<typeof SignedInSchema>;
type SessionState = Static<typeof SessionStateSchema>;
type PasswordChange = Static<typeof PasswordChangeSchema>;
export type Session = Static<typeof SessionSchema>;

async function signIn(path: string, credentials: Credentials): Promise<User> {
  const result = await request<SignedIn>('POST', path, credentials);
  rememberCsrfToken(result.csrfToken);
  return result.user;
}

export const accountApi = {
  register: (credentials: Credentials) => signIn('/auth/register', credentials),
  login: (credentials: Credentials) => signIn('/auth/login', credentials),
  async logout(): Promise<void> {
    await request<void>('POST', '/auth/logout');
    rememberCsrfToken(null);
  },
  /** The signed-in user, or null; also keeps the CSRF token a reloaded page needs for writes. */
  async currentUser(): Promise<User | null> {
    const state = await request<SessionState>('GET', '/auth/session');
    rememberCsrfToken(state.csrfToken);
    return state.user;
  },
  changePassword: (change: PasswordChange) => request<void>('POST', '/me/password', change),
  sessions: () => request<Session[]>('GET', '/me/sessions'),
  revokeSession: (sessionId: string) =>
    request<void>('DELETE', `/me/sessions/${encodeURIComponent(sessionId)}`),
};
