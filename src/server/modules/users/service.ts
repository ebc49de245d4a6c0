// Profile use-cases: what a learner may change about themselves.
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../db/schema.js';
import { Invalid, NotFound } from '../../errors.js';
import { updateUser } from './repo.js';
import type { ProfilePatch } from './schemas.js';

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export async function updateProfile(
  db: Kysely<Database>,
  userId: string,
  patch: ProfilePatch,
  now: Date,
): Promise<UserRow> {
  if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
    throw new Invalid(`"${patch.timeZone}" is not an IANA time zone such as Europe/Paris.`, [
      { path: '/body/timeZone', message: 'must be an IANA time zone name, e.g. Europe/Paris' },
    ]);
  }
  const row = await updateUser(db, userId, {
    ...(patch.displayName !== undefined && { display_name: patch.displayName }),
    ...(patch.level !== undefined && { level: patch.level }),
    ...(patch.language !== undefined && { language: patch.language }),
    ...(patch.framework !== undefined && { framework: patch.framework }),
    ...(patch.targetRole !== undefined && { target_role: patch.targetRole }),
    ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
    updated_at: now.toISOString(),
  });
  if (!row) throw new NotFound('No such user.');
  return row;
}
