// Queries on progress and its append-only history.
import { type Kysely, sql } from 'kysely';
import type { Bucket, ChangeCause, Status } from '../../../domain/vocabulary.js';
import { type DatabaseHandle, dialectOf } from '../../db/database.js';
import type { Database, ProgressHistoryRow, ProgressRow } from '../../db/schema.js';

type Db = Kysely<Database>;

/** Only what the learner's views show of each topic: read on every view, so no more columns. */
export function findTopicProgress(db: Db, userId: string, roadmapId: string) {
  return db
    .selectFrom('progress')
    .select(['topic_id', 'status', 'bucket', 'note', 'updated_at'])
    .where('user_id', '=', userId)
    .where('roadmap_id', '=', roadmapId)
    .execute();
}

/**
 * One topic's progress, locked until the caller's transaction ends on PostgreSQL, so a decision
 * taken on what was read cannot be overtaken by a concurrent write. (SQLite's writer lock,
 * taken with BEGIN IMMEDIATE, already keeps every other writer out.)
 */
export function lockTopicProgress(
  trx: Db,
  target: ProgressTarget,
): Promise<ProgressRow | undefined> {
  return trx
    .selectFrom('progress')
    .selectAll()
    .where('user_id', '=', target.userId)
    .where('roadmap_id', '=', target.roadmapId)
    .where('topic_id', '=', target.topicId)
    .$if(dialectOf(trx) === 'postgres', (query) => query.forUpdate())
    .executeTakeFirst();
}

export interface ProgressTarget {
  userId: string;
  roadmapId: string;
  topicId: string;
}

/** What a write names; an omitted field keeps its stored value, null clears it. */
export interface ProgressChange {
  status?: Status;
  bucket?: Bucket | null;
  note?: string | null;
}

/**
 * Inserts or updates one topic's progress, changing only the fields named. The row keeps the
 * status it had before (`previous_status`), set by the same statement that changes it: the
 * update reads the row it locks, so two concurrent writes can neither lose each other's fields
 * nor both claim the same previous status.
 */
function upsertProgress(db: Db, target: ProgressTarget, change: ProgressChange, now: string) {
  return db
    .insertInto('progress')
    .values({
      user_id: target.userId,
      roadmap_id: target.roadmapId,
      topic_id: target.topicId,
      status: change.status ?? 'not_started',
      bucket: change.bucket ?? null,
      note: change.note ?? null,
      updated_at: now,
      previous_status: null,
    })
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'roadmap_id', 'topic_id']).doUpdateSet((eb) => ({
        previous_status: eb.ref('progress.status'),
        ...(change.status !== undefined && { status: eb.ref('excluded.status') }),
        ...(change.bucket !== undefined && { bucket: eb.ref('excluded.bucket') }),
        ...(change.note !== undefined && { note: eb.ref('excluded.note') }),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    );
}

const HISTORY_COLUMNS = [
  'user_id',
  'roadmap_id',
  'topic_id',
  'previous_status',
  'status',
  'bucket',
  'note',
  'changed_at',
  'cause',
] as const;

/**
 * Writes one topic's progress and appends the change to its history. On PostgreSQL this is a
 * single statement (the history row is inserted from the upsert's RETURNING), atomic on its own;
 * on SQLite it is two, so the caller runs it inside a transaction.
 */
export async function writeProgressChange(
  db: Db,
  target: ProgressTarget,
  change: ProgressChange,
  now: string,
  cause: ChangeCause,
): Promise<ProgressHistoryRow> {
  if (dialectOf(db) === 'postgres') {
    return db
      .with('written', (qb) => upsertProgress(qb as Db, target, change, now).returningAll())
      .insertInto('progress_history')
      .columns(HISTORY_COLUMNS)
      .expression((eb) =>
        eb
          .selectFrom('written')
          .select((w) => [
            'user_id',
            'roadmap_id',
            'topic_id',
            'previous_status',
            'status',
            'bucket',
            'note',
            'updated_at as changed_at',
            w.val(cause).as('cause'),
          ]),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const row = await upsertProgress(db, target, change, now)
    .returningAll()
    .executeTakeFirstOrThrow();
  return db
    .insertInto('progress_history')
    .values({
      user_id: row.user_id,
      roadmap_id: row.roadmap_id,
      topic_id: row.topic_id,
      previous_status: row.previous_status,
      status: row.status,
      bucket: row.bucket,
      note: row.note,
      changed_at: row.updated_at,
      cause,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The user's changes, newest first, strictly older than `beforeId` when given. */
export function listHistory(
  db: Db,
  userId: string,
  limit: number,
  beforeId: number | undefined,
): Promise<ProgressHistoryRow[]> {
  let query = db
    .selectFrom('progress_history')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  return query.execute();
}

/**
 * Writes one topic's progress and its history entry as a unit of its own. On PostgreSQL that is
 * the single statement above, atomic without BEGIN and COMMIT (two round trips fewer per write);
 * SQLite's two statements run in a transaction, committed with the writes around them.
 */
export function writeProgressChangeAlone(
  database: { db: Db; transact: DatabaseHandle['transact'] },
  target: ProgressTarget,
  change: ProgressChange,
  now: string,
  cause: ChangeCause,
): Promise<ProgressHistoryRow> {
  if (dialectOf(database.db) === 'postgres') {
    return writeProgressChange(database.db, target, change, now, cause);
  }
  return database.transact((trx) => writeProgressChange(trx, target, change, now, cause));
}

/** Every user's progress on any of these topics of one roadmap. */
export function findProgressOnTopics(
  db: Db,
  roadmapId: string,
  topicIds: string[],
): Promise<ProgressRow[]> {
  if (topicIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('progress')
    .selectAll()
    .where('roadmap_id', '=', roadmapId)
    .where('topic_id', 'in', topicIds)
    .execute();
}

export async function deleteTopicProgress(
  db: Db,
  userId: string,
  roadmapId: string,
  topicIds: string[],
) {
  await db
    .deleteFrom('progress')
    .where('user_id', '=', userId)
    .where('roadmap_id', '=', roadmapId)
    .where('topic_id', 'in', topicIds)
    .execute();
}

/** Every status change of the learner on a roadmap, oldest first: what the coach replays. */
export function listStatusChanges(db: Db, userId: string, roadmapId: string) {
  return db
    .selectFrom('progress_history')
    .select(['topic_id', 'status', 'changed_at'])
    .where('user_id', '=', userId)
    .where('roadmap_id', '=', roadmapId)
    .orderBy('id')
    .execute();
}

/** Makes instances that start at once carry progress forward one after another (PostgreSQL). */
export async function lockContentUpgrade(trx: Db): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext('waymark:content-upgrade'))`.execute(trx);
}
