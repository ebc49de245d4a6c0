// Recording a learner's progress on a topic, with every change kept in the history.
import type { TopicProgress } from '../../../domain/roadmap-view.js';
import type { Bucket, ChangeCause, Status } from '../../../domain/vocabulary.js';
import type { ModuleDeps } from '../deps.js';
import { presentChange, presentHistoryEntry, presentTopicProgress } from './presenter.js';
import {
  findTopicProgress,
  listHistory,
  listStatusChanges,
  lockTopicProgress,
  writeProgressChange,
  writeProgressChangeAlone,
} from './repo.js';
import type { HistoryPage, HistoryQuery, ProgressInput, ProgressRecord } from './schemas.js';

/** One topic of one roadmap. */
export interface TopicRef {
  roadmapId: string;
  topicId: string;
}

/** A change another module makes as part of its own transaction (a review's plan change, say). */
export interface ProgressWrite extends TopicRef {
  /** Omitted bucket or note keep their stored values; null clears them. */
  change: { status?: Status; bucket?: Bucket | null; note?: string | null };
  cause: ChangeCause;
}

/** Sets a topic's status (and, when given, bucket and note) and appends the change to history. */
export async function markTopic(
  deps: ModuleDeps,
  userId: string,
  input: ProgressInput & { topicId: string },
): Promise<ProgressRecord> {
  const roadmapId = input.roadmapId ?? deps.catalog.primary().id;
  deps.catalog.topic(roadmapId, input.topicId);
  const { status, bucket, note } = input;
  const entry = await writeProgressChangeAlone(
    deps,
    { userId, roadmapId, topicId: input.topicId },
    { status, bucket, note },
    deps.now().toISOString(),
    'learner',
  );
  return presentChange(entry);
}

/**
 * Writes one topic's progress and appends the change to history. Call it with the deps of the
 * caller's transaction (`inTransaction`), so it commits or rolls back with the rest.
 */
export async function writeProgress(
  deps: ModuleDeps,
  userId: string,
  input: ProgressWrite,
): Promise<ProgressRecord> {
  const target = { userId, roadmapId: input.roadmapId, topicId: input.topicId };
  const at = deps.now().toISOString();
  return presentChange(await writeProgressChange(deps.db, target, input.change, at, input.cause));
}

/**
 * One topic's progress, locked until the caller's transaction ends, so a change decided on what
 * was read cannot be overtaken by a concurrent write. Null when the learner never touched it.
 */
export async function lockedProgress(
  deps: ModuleDeps,
  userId: string,
  topic: TopicRef,
): Promise<TopicProgress | null> {
  const row = await lockTopicProgress(deps.db, { userId, ...topic });
  return row ? presentTopicProgress(row) : null;
}

/** The learner's progress on a roadmap, keyed by topic id. */
export async function progressByTopic(
  deps: Pick<ModuleDeps, 'db'>,
  userId: string,
  roadmapId: string,
): Promise<Map<string, TopicProgress>> {
  const rows = await findTopicProgress(deps.db, userId, roadmapId);
  return new Map(rows.map((row) => [row.topic_id, presentTopicProgress(row)]));
}

/** A page of the learner's changes, newest first; `nextCursor` asks for the next one. */
export async function historyPage(
  deps: ModuleDeps,
  userId: string,
  query: HistoryQuery,
): Promise<HistoryPage> {
  const limit = query.limit ?? 50;
  // One extra row tells whether another page follows.
  const before = query.cursor === undefined ? undefined : Number(query.cursor);
  const rows = await listHistory(deps.db, userId, limit + 1, before);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(presentHistoryEntry),
    nextCursor: rows.length > limit && last ? String(last.id) : null,
  };
}

/** Every status change of the learner on a roadmap, oldest first, as the coach and stats replay it. */
export async function statusChanges(
  deps: Pick<ModuleDeps, 'db'>,
  userId: string,
  roadmapId: string,
): Promise<{ topicId: string; status: Status; changedAt: string }[]> {
  const rows = await listStatusChanges(deps.db, userId, roadmapId);
  return rows.map((h) => ({ topicId: h.topic_id, status: h.status, changedAt: h.changed_at }));
}
