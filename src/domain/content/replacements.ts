// How progress follows topics that a new content version renamed or merged.

import type { Bucket, Status } from '../vocabulary.js';
import type { Roadmap } from './schema.js';

/** old topic id → the topic that replaces it, for one roadmap. */
export function replacementsOf(roadmap: Roadmap): Map<string, string> {
  const map = new Map<string, string>();
  for (const topic of roadmap.topics)
    for (const old of topic.replaces ?? []) map.set(old, topic.id);
  return map;
}

/** How far along a status is; merging keeps the furthest, and a deliberate skip counts least. */
const RANK: Record<Status, number> = {
  skipped: 0,
  not_started: 1,
  learning: 2,
  theoretical: 3,
  fragile: 4,
  comfortable: 5,
};

export interface MergeableProgress {
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updatedAt: string;
}

/**
 * One record from several that now describe the same topic: the furthest status, the most
 * recent bucket override, and every note kept, oldest first.
 */
export function mergeProgress(records: MergeableProgress[]): MergeableProgress {
  const byTime = [...records].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const furthest = byTime.reduce((best, r) => (RANK[r.status] > RANK[best.status] ? r : best));
  const notes = byTime.map((r) => r.note).filter((n): n is string => Boolean(n));
  return {
    status: furthest.status,
    bucket: byTime.filter((r) => r.bucket !== null).at(-1)?.bucket ?? null,
    note: notes.length > 0 ? [...new Set(notes)].join('\n\n') : null,
    updatedAt: byTime.at(-1)?.updatedAt ?? furthest.updatedAt,
  };
}
