// Profile use-cases: what a learner may change about themselves.
import type { UserRow } from '../../db/schema.js';
import { Invalid, NotFound } from '../../errors.js';
import { type ReviewDeps, raiseTrigger } from '../reviews/service.js';
import { lockUser, updateUser } from './repo.js';
import type { ProfilePatch } from './schemas.js';

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Changes the profile. Two changes are "revisit now" moments: starting to apply for jobs
 * (level becomes job-seeking) and a new target role; each makes a review due at once.
 */
export async function updateProfile(
  deps: ReviewDeps,
  userId: string,
  patch: ProfilePatch,
): Promise<UserRow> {
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
    const inTransaction = { ...deps, db: trx };
    if (patch.level === 'job_seeking' && before.level !== 'job_seeking') {
      await raiseTrigger(inTransaction, userId, { triggerId: 'started-applying' });
    }
    if (patch.targetRole && before.target_role && patch.targetRole !== before.target_role) {
      await raiseTrigger(inTransaction, userId, { triggerId: 'changed-target-role' });
    }
    return row;
  });
}
