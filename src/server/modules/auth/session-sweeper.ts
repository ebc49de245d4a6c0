// Deletes expired sessions now and then, so the table holds only sessions that can still be used.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { deleteExpiredSessions } from './sessions.repo.js';

/** Once an hour is plenty: an expired session is already refused; this only reclaims space. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface SessionSweeper {
  /** Sweeps once, now; returns how many sessions were deleted. */
  sweep(): Promise<number>;
  stop(): void;
}

/**
 * Starts sweeping on a timer that does not keep the process alive. Every instance may run one:
 * the delete is idempotent, and a failure (the database restarting) is logged and retried later.
 */
export function startSessionSweeper(
  db: Kysely<Database>,
  now: () => Date,
  onError: (error: unknown) => void,
  intervalMs = SWEEP_INTERVAL_MS,
): SessionSweeper {
  const sweep = () => deleteExpiredSessions(db, now().toISOString());
  const timer = setInterval(() => sweep().catch(onError), intervalMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
