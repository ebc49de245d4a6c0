// Per-learner quotas on the requests that cost the server work and storage: postings and triggers.
import { ServiceUnavailable, TooManyRequests } from '../errors.js';
import type { AttemptCounter, WindowCount } from './auth/throttle.js';

/**
 * Every quota number. A learner pastes a few postings in a sitting and raises a trigger now and
 * then; these leave room for a busy evening while one account cannot fill the database or keep
 * the posting analyser busy for everyone.
 */
export const USER_QUOTAS = {
  /** Each quota counts uses in fixed windows of one hour. */
  windowMs: 60 * 60 * 1000,
  postings: { limit: 30, what: 'job postings saved' },
  triggers: { limit: 20, what: '"revisit now" requests' },
  /** Searches, filters and opened topics: a few hundred is a long, busy session. */
  activity: { limit: 600, what: 'roadmap moves recorded' },
} as const;

export type QuotaName = 'postings' | 'triggers' | 'activity';

function inMinutes(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/** The count with this use added, or null while the counter (Redis) cannot be reached. */
async function countUse(
  counter: AttemptCounter,
  key: string,
  windowMs: number,
): Promise<WindowCount | null> {
  try {
    return await counter.increment(key, windowMs);
  } catch (error) {
    if (error instanceof ServiceUnavailable) return null;
    throw error;
  }
}

/**
 * Counts one use of a quota by the user, atomically, and refuses it past the limit with a 429
 * that says when the window ends. While the counter cannot be reached the use is let through:
 * a quota guards fairness, not a secret, so an outage should not fail a signed-in page.
 */
export async function admitWithinQuota(
  counter: AttemptCounter,
  name: QuotaName,
  userId: string,
): Promise<void> {
  const { limit, what } = USER_QUOTAS[name];
  const used = await countUse(counter, `quota:${name}:${userId}`, USER_QUOTAS.windowMs);
  if (used && used.count > limit) {
    throw new TooManyRequests(
      `At most ${limit} ${what} an hour. Try again in ${inMinutes(used.resetInMs)}.`,
      used.resetInMs / 1000,
    );
  }
}
