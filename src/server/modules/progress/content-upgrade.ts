// At start-up: moves learners' progress from topics a new content version renamed or merged.
import type { Kysely } from 'kysely';
import { mergeProgress, replacementsOf } from '../../../domain/content/replacements.js';
import type { Roadmap } from '../../../domain/content/schema.js';
import type { Database, ProgressRow } from '../../db/schema.js';
import {
  deleteTopicProgress,
  findProgressOnTopics,
  lockContentUpgrade,
  writeProgressChange,
} from './repo.js';

/**
 * Carries progress on replaced topic ids over to the topics that replace them, merging when a
 * learner had progress on several. Returns how many learner-topic records moved. Running it
 * again finds nothing left to move, so every instance may run it at start-up.
 */
export async function carryProgressForward(
  db: Kysely<Database>,
  roadmap: Roadmap,
  now: Date,
): Promise<number> {
  const replacements = replacementsOf(roadmap);
  if (replacements.size === 0) return 0;
  return db.transaction().execute(async (trx) => {
    // Instances starting together take turns; the second finds nothing left to move.
    await lockContentUpgrade(trx);
    const stale = await findProgressOnTopics(trx, roadmap.id, [...replacements.keys()]);
    const groups = new Map<string, ProgressRow[]>();
    for (const row of stale) {
      const heir = replacements.get(row.topic_id) ?? row.topic_id;
      const key = `${row.user_id}\u0000${heir}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, rows] of groups) {
      const [userId = '', heir = ''] = key.split('\u0000');
      const existing = await findProgressOnTopics(trx, roadmap.id, [heir]).then((all) =>
        all.filter((r) => r.user_id === userId),
      );
      const merged = mergeProgress(
        [...existing, ...rows].map((r) => ({
          status: r.status,
          bucket: r.bucket,
          note: r.note,
          updatedAt: r.updated_at,
        })),
      );
      await writeProgressChange(
        trx,
        { userId, roadmapId: roadmap.id, topicId: heir },
        { status: merged.status, bucket: merged.bucket, note: merged.note },
        now.toISOString(),
        'content_upgrade',
      );
      await deleteTopicProgress(
        trx,
        userId,
        roadmap.id,
        rows.map((r) => r.topic_id),
      );
    }
    return stale.length;
  });
}
