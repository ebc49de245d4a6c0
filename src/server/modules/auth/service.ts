// Registration, login, logout and sessions: the account use-cases, free of HTTP.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, SessionRow, UserRow } from '../../db/schema.js';
import { Conflict, Invalid, NotFound, Unauthorized } from '../../errors.js';
import { findUserByEmail, insertUser, updateUser } from '../users/repo.js';
import { admitLoginFrom, admitPasswordCheck, admitRegistrationFrom } from './attempt-limits.js';
import { decoyPasswordHash, hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import type { SessionLookup } from './session-lookup.js';
import {
  deleteOtherSessions,
  deleteSession,
  insertSession,
  listLiveSessions,
  touchSession,
} from './sessions.repo.js';
import type { AttemptCounter } from './throttle.js';
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

  if (await findUserByEmail(deps.db, email)) {
    throw new Conflict('An account with this email already exists. Log in instead.', [
      { path: '/body/email', message: 'is already registered' },
    ]);
  }
  const now = deps.now().toISOString();
  const user: UserRow = {
    id: randomUUID(),
    email,
    password_hash: await hashPassword(credentials.password),
    display_name: null,
    level: null,
    language: null,
    framework: null,
    target_role: null,
    time_zone: 'UTC',
    review_cadence: 'monthly',
    created_at: now,
    updated_at: now,
  };
  try {
    await insertUser(deps.db, user);
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (await findUserByEmail(deps.db, email))
      throw new Conflict('An account with this email already exists.');
    throw error;
  }
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

  const user = await findUserByEmail(deps.db, email);
  // Unknown email and wrong password take the same time and give the same answer.
  const valid = await verifyPassword(
    user?.password_hash ?? (await decoyPasswordHash()),
    credentials.password,
  );
  if (!user || !valid) throw new Unauthorized('The email or password is not right.');
  await attempt.succeeded();
  return { user, ...(await startSession(deps, user.id, client)) };
}

export interface Authenticated {
  user: UserRow;
  session: SessionRow;
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
  return { user, session };
}

export async function logout(deps: AuthDeps, session: SessionRow): Promise<void> {
  await deleteSession(deps.db, session.user_id, session.id);
}

export function listSessions(deps: AuthDeps, userId: string) {
  return listLiveSessions(deps.db, userId, deps.now().toISOString());
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
  if (!(await verifyPassword(auth.user.password_hash, input.currentPassword))) {
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
    await updateUser(trx, auth.user.id, {
      password_hash: passwordHash,
      updated_at: deps.now().toISOString(),
    });
    await deleteOtherSessions(trx, auth.user.id, auth.session.id);
  });
}
