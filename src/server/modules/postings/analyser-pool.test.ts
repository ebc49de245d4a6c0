import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendRoadmap, shippedContent } from '../../../../test/support/content.js';
import { longPosting } from '../../../../test/support/long-posting.js';
import { buildSkillMatcher } from '../../../domain/postings.js';
import { ServiceUnavailable } from '../../errors.js';
import { RoadmapCatalog } from '../roadmaps/catalog.js';
import { type PostingAnalyser, startPostingAnalyser } from './analyser-pool.js';

describe('the posting analyser', () => {
  let catalog: RoadmapCatalog;
  let analyser: PostingAnalyser;
  const text = longPosting(100_000);

  beforeAll(async () => {
    catalog = new RoadmapCatalog(await shippedContent());
    analyser = startPostingAnalyser(catalog, { threads: 2 });
  });
  afterAll(() => analyser?.close());

  it('finds in a long posting, on a worker thread, exactly what the in-process matcher finds', async () => {
    const inProcess = buildSkillMatcher((await backendRoadmap()).topics).find(text);
    expect(inProcess.length).toBeGreaterThan(10);
    expect(await analyser.findSkills('backend', text)).toEqual(inProcess);
  });

  it('finds the same in a short posting, matched inline', async () => {
    const short = 'Backend engineer: Go, PostgreSQL and Docker; Kubernetes is a plus.';
    const inProcess = buildSkillMatcher((await backendRoadmap()).topics).find(short);
    expect(await analyser.findSkills('backend', short)).toEqual(inProcess);
  });

  it('lets the event loop turn while four long postings are matched', async () => {
    // Matching on the event loop would finish all four before any callback queued after them.
    const matched = Promise.all(
      Array.from({ length: 4 }, () => analyser.findSkills('backend', text)),
    ).then(() => 'postings matched');
    const loopTurned = new Promise((resolve) => setImmediate(() => resolve('event loop turned')));
    expect(await Promise.race([matched, loopTurned])).toBe('event loop turned');
    await matched;
  });

  it('refuses postings past the waiting queue with a 503 that says when to retry', async () => {
    const small = startPostingAnalyser(catalog, { threads: 1, maxWaiting: 2 });
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => small.findSkills('backend', text)),
      );
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.length).toBeLessThan(8);
      for (const error of refused) {
        expect(error).toBeInstanceOf(ServiceUnavailable);
        expect(Number(error.headers['retry-after'])).toBeGreaterThan(0);
      }
    } finally {
      await small.close();
    }
  });
});
