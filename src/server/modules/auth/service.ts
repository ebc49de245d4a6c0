// Registration, login, logout and sessions: the account use-cases, free of HTTP.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import type { Database, SessionRow } from '../../db/schema.js';
import { Conflict, Invalid, NotFound, Unauthorized } from '../../errors.js';
import type { User } from '../users/schemas.js';
import {
  accountByEmail,
  accountById,
  createAccount,
  presentUser,
  setPasswordHash,
} from '../users/service.js';
import { admitLoginFrom, admitPasswordCheck, admitRegistrationFrom } from './attempt-limits.js';
import { decoyPasswordHash, hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import type { SessionSchema } from './schemas.js';
import type { SessionLookup } from './session-lookup.js';
import {
  deleteOtherSessions,
  deleteSession,
  insertSession,
  listLiveSessions,
  touchSession,
} from './sessions.repo.js';
import type { AttemptCounter } from './throttle.js';

export type { AttemptCounter } from './throttle.js';

import { hashToken, newSessionToken } from './tokens.js';

export interface AuthDeps {
  db: Kysely<Database>;
  /** Finds the session behind a request; shares one query among requests that arrive together. */
  sessions: SessionLookup;
  attempts: AttemptCounter;
  sessionTtlDays: number;
  now: () => Date;
}

export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
}

export interface Credentials {
  email: string;
  password: string;
}

export type SessionView = Static<typeof SessionSchema>;

function presentSession(row: SessionRow, currentId: string): SessionView {
  return {
    id: row.id,
    userAgent: row.user_agent,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    current: row.id === currentId,
  };
}

/** How stale last_seen_at may get before a request refreshes it; saves a write per request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function startSession(deps: AuthDeps, userId: string, client: ClientInfo) {
  const token = newSessionToken();
  const now = deps.now();
  const session: SessionRow = {
    id: randomUUID(),
    user_id: userId,
    token_hash: hashToken(token),
    user_agent: client.userAgent?.slice(0, 300) ?? null,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + deps.sessionTtlDays * 86_400_000).toISOString(),
  };
  await insertSession(deps.db, session);
  return { token, session };
}

export async function register(deps: AuthDeps, credentials: Credentials, client: ClientInfo) {
  const email = normaliseEmail(credentials.email);
  const problems = passwordProblems(credentials.password, email);
  if (problems.length > 0) throw new Invalid(`The password ${problems[0]?.message}.`, problems);

  await admitRegistrationFrom(deps.attempts, client.ip);

  if (await accountByEmail(deps, email)) {
    throw new Conflict('An account with this email already exists. Log in instead.', [
      { path: '/body/email', message: 'is already registered' },
    ]);
  }
  const passwordHash = await hashPassword(credentials.password);
  const user = await createAccount(deps, { id: randomUUID(), email, passwordHash });
  return { user, ...(await startSession(deps, user.id, client)) };
}

/**
 * Signs in with email and password. The attempt is counted before the password is verified
 * (see attempt-limits.ts), and an unknown email is counted, verified and answered like a wrong password.
 */
export async function login(deps: AuthDeps, credentials: Credentials, client: ClientInfo) {
  const email = normaliseEmail(credentials.email);
  await admitLoginFrom(deps.attempts, client.ip);
  const attempt = await admitPasswordCheck(deps.attempts, {
    kind: 'login',
    account: email,
    address: client.ip,
  });

  const account = await accountByEmail(deps, email);
  // Unknown email and wrong password take the same time and give the same answer.
  const valid = await verifyPassword(
    account?.passwordHash ?? (await decoyPasswordHash()),
    credentials.password,
  );
  if (!account || !valid) throw new Unauthorized('The email or password is not right.');
  await attempt.succeeded();
  return { user: account.user, ...(await startSession(deps, account.user.id, client)) };
}

/** Who is behind a request: the user as the API shows them, and the session they came with. */
export interface Authenticated {
  user: User;
  session: { id: string; userId: string };
}

/** The user behind a session token, or null when the token is unknown or expired. */
export async function authenticate(deps: AuthDeps, token: string): Promise<Authenticated | null> {
  const found = await deps.sessions.find(hashToken(token));
  if (!found) return null;
  const now = deps.now();
  const { session, user } = found;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
    await touchSession(deps.db, session.id, now.toISOString());
  }
  return { user: presentUser(user), session: { id: session.id, userId: session.user_id } };
}

export async function logout(deps: AuthDeps, session: Authenticated['session']): Promise<void> {
  await deleteSession(deps.db, session.userId, session.id);
}

/** The user's live sessions, the one making the request marked `current`. */
export async function listSessions(deps: AuthDeps, auth: Authenticated): Promise<SessionView[]> {
  const sessions = await listLiveSessions(deps.db, auth.user.id, deps.now().toISOString());
  return sessions.map((s) => presentSession(s, auth.session.id));
}

export async function revokeSession(
  deps: AuthDeps,
  userId: string,
  sessionId: string,
): Promise<void> {
  if (!(await deleteSession(deps.db, userId, sessionId))) throw new NotFound('No such session.');
}

/**
 * Changes the password after checking the current one, and signs out every other session:
 * whoever might have known the old password loses access with it.
 */
export async function changePassword(
  deps: AuthDeps,
  auth: Authenticated,
  input: { currentPassword: string; newPassword: string },
  client: ClientInfo,
): Promise<void> {
  // A stolen session must not become a way to guess the password: limited like a login.
  const attempt = await admitPasswordCheck(deps.attempts, {
    kind: 'password-change',
    account: auth.user.id,
    address: client.ip,
  });
  const { passwordHash: current } = await accountById(deps, auth.user.id);
  if (!(await verifyPassword(current, input.currentPassword))) {
    throw new Invalid('The current password is not right.', [
      { path: '/body/currentPassword', message: 'is not your current password' },
    ]);
  }
  await attempt.succeeded();
  const problems = passwordProblems(input.newPassword, auth.user.email).map((p) => ({
    ...p,
    path: '/body/newPassword',
  }));
  if (problems.length > 0) throw new Invalid(`The new password ${problems[0]?.message}.`, problems);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await setPasswordHash({ db: trx, now: deps.now }, auth.user.id, passwordHash);
    await deleteOtherSessions(trx, auth.user.id, auth.session.id);
  });
}
