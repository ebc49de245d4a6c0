// Job postings under load: a size limit, hourly quotas, and long postings analysed off the event loop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSkillMatcher } from '../../src/domain/postings.js';
import {
  type PostingAnalyser,
  startPostingAnalyser,
} from '../../src/server/modules/postings/analyser-pool.js';
import { POSTING_MAX_CHARS } from '../../src/server/modules/postings/schemas.js';
import { USER_QUOTAS } from '../../src/server/modules/quotas.js';
import { RoadmapCatalog } from '../../src/server/modules/roadmaps/catalog.js';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { backendRoadmap, shippedContent } from '../support/content.js';
import { ATTEMPT_COUNTERS, DIALECTS } from '../support/dialects.js';
import { longPosting } from '../support/long-posting.js';

const SHORT_POSTING = 'Backend developer: Go, PostgreSQL and Docker; Kubernetes is a plus.';
const HUNDRED_KB = longPosting(100_000);

const post = (learner: Learner, text: string) =>
  learner.request('POST', '/api/v1/me/postings', { text });

describe.each(DIALECTS)('postings on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  it('refuses a posting over the size limit with 413 naming the field and the limit, storing nothing', async () => {
    const me = await Learner.signUp(t.app);
    const response = await post(me, 'x'.repeat(POSTING_MAX_CHARS + 1));
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 413,
      errors: [{ path: '/body/text', message: 'must be at most 200,000 characters' }],
    });
    expect((await me.request('GET', '/api/v1/me/postings')).json()).toEqual([]);
  });

  it('accepts a posting of exactly the limit, in a script that takes 3 bytes a character', async () => {
    const me = await Learner.signUp(t.app);
    const response = await post(me, '日'.repeat(POSTING_MAX_CHARS));
    expect(response.statusCode).toBe(201);
  });

  it('finds in a 100 KB posting, analysed by the thread pool, what the in-process matcher finds', async () => {
    const me = await Learner.signUp(t.app);
    const response = await post(me, HUNDRED_KB);
    expect(response.statusCode).toBe(201);
    const found = response
      .json()
      .skills.map(({ topicId, matches }: never) => ({ topicId, matches }));
    const inProcess = buildSkillMatcher((await backendRoadmap()).topics).find(HUNDRED_KB);
    expect(found).toEqual(inProcess);
  });
});

describe.each(DIALECTS)('hourly quotas on $name', (dialect) => {
  describe.each(ATTEMPT_COUNTERS)('with the $name counter', (counter) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp(dialect, counter.env);
    });
    afterAll(() => t?.close());

    it('saves a burst of postings up to the quota and refuses the rest with 429 and Retry-After', async () => {
      const { limit } = USER_QUOTAS.postings;
      const me = await Learner.signUp(t.app);
      const burst = await Promise.all(
        Array.from({ length: limit + 3 }, () => post(me, SHORT_POSTING)),
      );
      const statuses = burst.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(limit);
      expect(statuses.filter((s) => s === 429)).toHaveLength(3);
      const refused = burst.find((r) => r.statusCode === 429);
      const retryAfter = Number(refused?.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(USER_QUOTAS.windowMs / 1000);
      expect(refused?.json()).toMatchObject({
        status: 429,
        detail: expect.stringMatching(/^At most 30 job postings saved an hour\. Try again in/),
      });
      expect((await me.request('GET', '/api/v1/me/postings')).json()).toHaveLength(limit);

      const someoneElse = await Learner.signUp(t.app);
      expect((await post(someoneElse, SHORT_POSTING)).statusCode).toBe(201);
    });

    it('raises "revisit now" triggers up to the quota, then answers 429 with Retry-After', async () => {
      const trigger = (learner: Learner) =>
        learner.request('POST', '/api/v1/me/reviews/triggers', { triggerId: 'interview-gaps' });
      const me = await Learner.signUp(t.app);
      for (let i = 0; i < USER_QUOTAS.triggers.limit; i += 1) {
        expect((await trigger(me)).statusCode).toBe(201);
      }
      const refused = await trigger(me);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

      const someoneElse = await Learner.signUp(t.app);
      expect((await trigger(someoneElse)).statusCode).toBe(201);
    });
  });
});

/**
 * The real thread pool, reporting when four postings are being analysed and when each analysis
 * ends; matching on the event loop would end every analysis before anything else could run.
 */
async function observedAnalyser(events: string[]) {
  const pool = startPostingAnalyser(new RoadmapCatalog(await shippedContent()), { threads: 2 });
  let analysing = 0;
  let resolve = () => {};
  const fourAnalysing = new Promise<void>((done) => {
    resolve = done;
  });
  const analyser: PostingAnalyser = {
    async findSkills(roadmapId, text) {
      analysing += 1;
      if (analysing === 4) resolve();
      const skills = await pool.findSkills(roadmapId, text);
      events.push('a posting analysed');
      return skills;
    },
    close: () => pool.close(),
  };
  return { analyser, fourAnalysing };
}

describe.each(DIALECTS)('the event loop during posting analysis on $name', (dialect) => {
  it('answers /healthz, asked for while four 100 KB postings are analysed, before any analysis ends', async () => {
    const events: string[] = [];
    const { analyser, fourAnalysing } = await observedAnalyser(events);
    const t = await startApp(dialect, {}, { analyser });
    try {
      const me = await Learner.signUp(t.app);
      const postings = Array.from({ length: 4 }, () => post(me, HUNDRED_KB));
      await fourAnalysing;
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      events.push('healthz answered');
      expect(health.statusCode).toBe(200);
      expect((await Promise.all(postings)).map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
      expect(events[0]).toBe('healthz answered');
      expect(events).toHaveLength(5);
    } finally {
      await t.close();
    }
  });
});
