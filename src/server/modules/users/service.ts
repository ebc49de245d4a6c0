// Accounts and profiles: the users module's surface. Other modules reach the users table only here.
import type { UserRow } from '../../db/schema.js';
import { Conflict, Invalid, NotFound } from '../../errors.js';
import { inTransaction, type ModuleDeps } from '../deps.js';
import { raiseTrigger } from '../reviews/service.js';
import { presentUser } from './presenter.js';
import { findUserByEmail, findUserById, insertUser, lockUser, updateUser } from './repo.js';
import type { ProfilePatch, User } from './schemas.js';

export { presentUser } from './presenter.js';

type Store = Pick<ModuleDeps, 'db' | 'now'>;

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An account as sign-in needs it: the user, and the hash to check a password against. */
export interface Account {
  user: User;
  passwordHash: string;
}

function accountOf(row: UserRow): Account {
  return { user: presentUser(row), passwordHash: row.password_hash };
}

export async function accountByEmail(deps: Store, email: string): Promise<Account | undefined> {
  const row = await findUserByEmail(deps.db, email);
  return row && accountOf(row);
}

export async function accountById(deps: Store, userId: string): Promise<Account> {
  const row = await findUserById(deps.db, userId);
  if (!row) throw new NotFound('No such user.');
  return accountOf(row);
}

/** A new account with the default profile; a second account with the same email is a Conflict. */
export async function createAccount(
  deps: Store,
  input: { id: string; email: string; passwordHash: string },
): Promise<User> {
  const now = deps.now().toISOString();
  const row: UserRow = {
    id: input.id,
    email: input.email,
    password_hash: input.passwordHash,
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
    await insertUser(deps.db, row);
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (await findUserByEmail(deps.db, input.email))
      throw new Conflict('An account with this email already exists.');
    throw error;
  }
  return presentUser(row);
}

export async function setPasswordHash(
  deps: Store,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await updateUser(deps.db, userId, {
    password_hash: passwordHash,
    updated_at: deps.now().toISOString(),
  });
}

/**
 * Changes the profile. Two changes are "revisit now" moments: starting to apply for jobs
 * (level becomes job-seeking) and a new target role; each makes a review due at once.
 */
export async function updateProfile(
  deps: ModuleDeps,
  userId: string,
  patch: ProfilePatch,
): Promise<User> {
  if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
    throw new Invalid(`"${patch.timeZone}" is not an IANA time zone such as Europe/Paris.`, [
      { path: '/body/timeZone', message: 'must be an IANA time zone name, e.g. Europe/Paris' },
    ]);
  }
  return deps.transact(async (trx) => {
    const before = await lockUser(trx, userId);
    if (!before) throw new NotFound('No such user.');
    const row = await updateUser(trx, userId, {
      ...(patch.displayName !== undefined && { display_name: patch.displayName }),
      ...(patch.level !== undefined && { level: patch.level }),
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.framework !== undefined && { framework: patch.framework }),
      ...(patch.targetRole !== undefined && { target_role: patch.targetRole }),
      ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
      ...(patch.reviewCadence !== undefined && { review_cadence: patch.reviewCadence }),
      updated_at: deps.now().toISOString(),
    });
    if (!row) throw new NotFound('No such user.');
    const within = inTransaction(deps, trx);
    if (patch.level === 'job_seeking' && before.level !== 'job_seeking') {
      await raiseTrigger(within, userId, { triggerId: 'started-applying' });
    }
    if (patch.targetRole && before.target_role && patch.targetRole !== before.target_role) {
      await raiseTrigger(within, userId, { triggerId: 'changed-target-role' });
    }
    return presentUser(row);
  });
}
