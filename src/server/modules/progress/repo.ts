// Queries on progress and its append-only history.
import type { Kysely } from 'kysely';
import type { Database, ProgressHistoryRow, ProgressRow } from '../../db/schema.js';

type Db = Kysely<Database>;

export function findProgress(db: Db, userId: string, roadmapId: string): Promise<ProgressRow[]> {
  return db
    .selectFrom('progress')
    .selectAll()
    .where('user_id', '=', userId)
    .where('roadmap_id', '=', roadmapId)
    .execute();
}

export function findTopicProgress(
  db: Db,
  userId: string,
  roadmapId: string,
  topicId: string,
): Promise<ProgressRow | undefined> {
  return db
    .selectFrom('progress')
    .selectAll()
    .where('user_id', '=', userId)
    .where('roadmap_id', '=', roadmapId)
    .where('topic_id', '=', topicId)
    .executeTakeFirst();
}

export async function upsertProgress(db: Db, row: ProgressRow): Promise<void> {
  await db
    .insertInto('progress')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'roadmap_id', 'topic_id']).doUpdateSet({
        status: row.status,
        bucket: row.bucket,
        note: row.note,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function appendHistory(db: Db, entry: Omit<ProgressHistoryRow, 'id'>): Promise<void> {
  await db.insertInto('progress_history').values(entry).execute();
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
