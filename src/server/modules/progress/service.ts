// Recording a learner's progress on a topic, with every change kept in the history.
import type { Kysely } from 'kysely';
import type { TopicProgress } from '../../../domain/roadmap-view.js';
import type { Bucket, Status } from '../../../domain/vocabulary.js';
import type { Database } from '../../db/schema.js';
import type { ModuleDeps } from '../deps.js';
import {
  findTopicProgress,
  listHistory,
  listStatusChanges,
  type ProgressTarget,
  writeProgressChange,
  writeProgressChangeAlone,
} from './repo.js';
import type { HistoryPage, ProgressInput, ProgressRecord } from './schemas.js';

export const DEFAULT_ROADMAP = 'backend';

function presentProgress(row: {
  roadmap_id: string;
  topic_id: string;
  status: string;
  bucket: string | null;
  note: string | null;
  updated_at: string;
}): ProgressRecord {
  return {
    roadmapId: row.roadmap_id,
    topicId: row.topic_id,
    status: row.status as Status,
    bucket: row.bucket as Bucket | null,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

export type ChangeCause = 'learner' | 'review' | 'content_upgrade';

/**
 * Writes one topic's progress and appends the change to history, inside the caller's
 * transaction. Omitted bucket or note keep their stored values; null clears them.
 */
export async function writeProgress(
  trx: Kysely<Database>,
  target: ProgressTarget,
  change: { status?: Status; bucket?: Bucket | null; note?: string | null },
  now: Date,
  cause: ChangeCause,
): Promise<ProgressRecord> {
  const entry = await writeProgressChange(trx, target, change, now.toISOString(), cause);
  return presentProgress({ ...entry, updated_at: entry.changed_at });
}

/** Sets a topic's status (and, when given, bucket and note) and appends the change to history. */
export async function markTopic(
  deps: ModuleDeps,
  userId: string,
  topicId: string,
  input: ProgressInput,
): Promise<ProgressRecord> {
  const roadmapId = input.roadmapId ?? DEFAULT_ROADMAP;
  deps.catalog.topic(roadmapId, topicId);
  const { status, bucket, note } = input;
  const entry = await writeProgressChangeAlone(
    deps,
    { userId, roadmapId, topicId },
    { status, bucket, note },
    deps.now().toISOString(),
    'learner',
  );
  return presentProgress({ ...entry, updated_at: entry.changed_at });
}

/** The learner's progress on a roadmap, keyed by topic id. */
export async function progressByTopic(
  db: Kysely<Database>,
  userId: string,
  roadmapId: string,
): Promise<Map<string, TopicProgress>> {
  const rows = await findTopicProgress(db, userId, roadmapId);
  return new Map(
    rows.map((row) => [
      row.topic_id,
      {
        status: row.status as Status,
        bucket: row.bucket as Bucket | null,
        note: row.note,
        updatedAt: row.updated_at,
      },
    ]),
  );
}

export async function historyPage(
  db: Kysely<Database>,
  userId: string,
  limit: number,
  cursor: string | undefined,
): Promise<HistoryPage> {
  // One extra row tells whether another page follows.
  const rows = await listHistory(
    db,
    userId,
    limit + 1,
    cursor === undefined ? undefined : Number(cursor),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      roadmapId: row.roadmap_id,
      topicId: row.topic_id,
      previousStatus: row.previous_status as Status | null,
      status: row.status as Status,
      bucket: row.bucket as Bucket | null,
      note: row.note,
      changedAt: row.changed_at,
      cause: (row.cause ?? 'learner') as ChangeCause,
    })),
    nextCursor: rows.length > limit && last ? String(last.id) : null,
  };
}

/** Every status change of the learner on a roadmap, oldest first, as the coach and stats replay it. */
export async function statusChanges(
  db: Kysely<Database>,
  userId: string,
  roadmapId: string,
): Promise<{ topicId: string; status: Status; changedAt: string }[]> {
  const rows = await listStatusChanges(db, userId, roadmapId);
  return rows.map((h) => ({
    topicId: h.topic_id,
    status: h.status as Status,
    changedAt: h.changed_at,
  }));
}
