// Progress and history rows as the API shows them.
import type { TopicProgress } from '../../../domain/roadmap-view.js';
import type { ProgressHistoryRow, ProgressRow } from '../../db/schema.js';
import type { HistoryEntry, ProgressRecord } from './schemas.js';

/** The progress a change left behind, read from the history entry that recorded it. */
export function presentChange(entry: ProgressHistoryRow): ProgressRecord {
  return {
    roadmapId: entry.roadmap_id,
    topicId: entry.topic_id,
    status: entry.status,
    bucket: entry.bucket,
    note: entry.note,
    updatedAt: entry.changed_at,
  };
}

export function presentTopicProgress(
  row: Pick<ProgressRow, 'status' | 'bucket' | 'note' | 'updated_at'>,
): TopicProgress {
  return { status: row.status, bucket: row.bucket, note: row.note, updatedAt: row.updated_at };
}

export function presentHistoryEntry(row: ProgressHistoryRow): HistoryEntry {
  return {
    id: row.id,
    roadmapId: row.roadmap_id,
    topicId: row.topic_id,
    previousStatus: row.previous_status,
    status: row.status,
    bucket: row.bucket,
    note: row.note,
    changedAt: row.changed_at,
    // Entries written before causes were recorded were all the learner's own.
    cause: row.cause ?? 'learner',
  };
}
