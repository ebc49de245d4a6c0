// The spliced gzip body must gunzip to the identity body whatever topics a learner has marked.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backendRoadmap } from '../../../../test/support/content.js';
import type { TopicProgress } from '../../../domain/roadmap-view.js';
import { LearnerVariant } from './learner-view.js';

/** A small deterministic generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const fragile = (note: string | null): TopicProgress => ({
  status: 'fragile',
  bucket: null,
  note,
  updatedAt: '2026-12-02T09:00:00.000Z',
});

describe('a learner variant', () => {
  it('gives a gzip body equal to the identity body for 300 patterns of marked topics', async () => {
    const variant = new LearnerVariant(await backendRoadmap(), 'python', 'beginner');
    const ids = variant.topics.map((t) => t.id);
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      // From almost every topic marked to long untouched stretches between a few marks.
      const density = next() ** 3;
      const progress = new Map(
        ids
          .filter(() => next() < density)
          .map((id) => [id, fragile(next() < 0.3 ? `n° ${seed} ✓` : null)]),
      );
      const identity = Buffer.concat(variant.body(progress));
      const gzip = Buffer.concat(variant.gzipBody(progress));
      expect(gunzipSync(gzip).equals(identity), `seed ${seed}, ${progress.size} marked`).toBe(true);
    }
  });
});
