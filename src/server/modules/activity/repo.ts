// Queries on the activity table: append with pruning, read the recent window, forget it all.
import type { Kysely } from 'kysely';
import type { ActivityRow, Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export function latestActivity(db: Db, userId: string): Promise<ActivityRow | undefined> {
  return db
    .selectFrom('activity')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertActivity(db: Db, row: ActivityRow): Promise<void> {
  await db.insertInto('activity').values(row).execute();
}

/** Deletes the learner's moves older than `before` or beyond the newest `keep`. */
export async function pruneActivity(
  db: Db,
  userId: string,
  keep: number,
  before: string,
): Promise<void> {
  const kept = db
    .selectFrom('activity')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(keep);
  await db
    .deleteFrom('activity')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('created_at', '<', before), eb('id', 'not in', kept)]))
    .execute();
}

export function listActivity(db: Db, userId: string, since: string): Promise<ActivityRow[]> {
  return db
    .selectFrom('activity')
    .selectAll()
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function deleteActivity(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('activity').where('user_id', '=', userId).execute();
}
