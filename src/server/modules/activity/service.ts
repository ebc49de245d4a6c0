// The learner's roadmap activity: searches, column filters and opened topics, kept privately and
// briefly so the coach can notice where their interest is heading. Only the learner reads it.
import { randomUUID } from 'node:crypto';
import { Invalid } from '../../errors.js';
import type { ModuleDeps } from '../deps.js';
import { admitWithinQuota } from '../quotas.js';
import {
  deleteActivity,
  insertActivity,
  latestActivity,
  listActivity,
  pruneActivity,
} from './repo.js';
import {
  ACTIVITY_KEPT,
  ACTIVITY_KEPT_DAYS,
  ACTIVITY_REPEAT_MS,
  type Activity,
  type NewActivity,
} from './schemas.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The value as stored: searches with their spacing tidied; ids checked against the roadmap. */
function storedValue(deps: ModuleDeps, { kind, value }: NewActivity): string {
  const roadmap = deps.catalog.primary();
  if (kind === 'search') {
    const text = value.replace(/\s+/g, ' ').trim();
    if (text === '')
      throw new Invalid('A search needs some text.', [
        { path: '/body/value', message: 'is blank' },
      ]);
    return text;
  }
  const known =
    kind === 'column'
      ? roadmap.columns.some((c) => c.id === value)
      : roadmap.topics.some((t) => t.id === value);
  if (!known) {
    throw new Invalid(`"${value}" is not a ${kind} of the roadmap.`, [
      { path: '/body/value', message: `is not a ${kind} of the roadmap` },
    ]);
  }
  return value;
}

/**
 * Records one move, unless it repeats the learner's latest one within a few minutes, then
 * drops what is past the limits. Returns whether anything was stored.
 */
export async function recordActivity(
  deps: ModuleDeps,
  userId: string,
  input: NewActivity,
): Promise<boolean> {
  const value = storedValue(deps, input);
  await admitWithinQuota(deps.quotas, 'activity', userId);
  const now = deps.now();
  const latest = await latestActivity(deps.db, userId);
  if (
    latest &&
    latest.kind === input.kind &&
    latest.value === value &&
    now.getTime() - Date.parse(latest.created_at) < ACTIVITY_REPEAT_MS
  ) {
    return false;
  }
  await deps.transact(async (trx) => {
    await insertActivity(trx, {
      id: randomUUID(),
      user_id: userId,
      kind: input.kind,
      value,
      created_at: now.toISOString(),
    });
    const oldest = new Date(now.getTime() - ACTIVITY_KEPT_DAYS * DAY_MS).toISOString();
    await pruneActivity(trx, userId, ACTIVITY_KEPT, oldest);
  });
  return true;
}

/** The learner's kept moves, newest first. */
export async function myActivity(deps: ModuleDeps, userId: string): Promise<Activity[]> {
  const since = new Date(deps.now().getTime() - ACTIVITY_KEPT_DAYS * DAY_MS).toISOString();
  const rows = await listActivity(deps.db, userId, since);
  return rows.map((row) => ({ kind: row.kind, value: row.value, at: row.created_at }));
}

export async function forgetActivity(deps: ModuleDeps, userId: string): Promise<void> {
  await deleteActivity(deps.db, userId);
}
