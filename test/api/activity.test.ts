// The learner's roadmap activity: recorded for their coach only, checked, bounded, and clearable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_KEPT, ACTIVITY_KEPT_DAYS } from '../../src/server/modules/activity/schemas.js';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

const DAY = 86_400_000;
const record = (learner: Learner, kind: string, value: string) =>
  learner.request('POST', '/api/v1/me/activity', { kind, value });
const kept = async (learner: Learner) =>
  (await learner.request('GET', '/api/v1/me/activity')).json() as {
    kind: string;
    value: string;
    at: string;
  }[];

describe.each(DIALECTS)('roadmap activity on $name', (dialect) => {
  let t: TestApp;
  let clock = new Date('2026-09-01T09:00:00Z');
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  beforeAll(async () => {
    // Sessions outlive the months these tests move the clock through.
    t = await startApp(dialect, { SESSION_TTL_DAYS: '365' }, { now: () => clock });
  });
  afterAll(() => t?.close());

  it('keeps searches, column filters and opened topics, newest first, with tidied search text', async () => {
    const me = await Learner.signUp(t.app);
    expect((await record(me, 'search', '  jwt   refresh ')).statusCode).toBe(204);
    tick(60_000);
    expect((await record(me, 'column', 'databases')).statusCode).toBe(204);
    tick(60_000);
    expect((await record(me, 'topic', 'oauth2')).statusCode).toBe(204);
    expect((await kept(me)).map(({ kind, value }) => ({ kind, value }))).toEqual([
      { kind: 'topic', value: 'oauth2' },
      { kind: 'column', value: 'databases' },
      { kind: 'search', value: 'jwt refresh' },
    ]);
  });

  it('shows a learner only their own activity, and refuses it without a session', async () => {
    const me = await Learner.signUp(t.app);
    const other = await Learner.signUp(t.app);
    await record(me, 'topic', 'indexes');
    expect(await kept(other)).toEqual([]);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me/activity' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses an unknown topic or column and a blank search, naming the field, storing nothing', async () => {
    const me = await Learner.signUp(t.app);
    for (const [kind, value, message] of [
      ['topic', 'no-such-topic', 'is not a topic of the roadmap'],
      ['column', 'frontend', 'is not a column of the roadmap'],
      ['search', '   ', 'is blank'],
    ] as const) {
      const response = await record(me, kind, value);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: '/body/value', message }]);
    }
    const tooLong = await record(me, 'search', 'x'.repeat(101));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].path).toBe('/body/value');
    const badKind = await record(me, 'purchase', 'anything');
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().errors[0].path).toBe('/body/kind');
    expect(await kept(me)).toEqual([]);
  });

  it('stores the same move repeated within minutes once, and again after a while', async () => {
    const me = await Learner.signUp(t.app);
    await record(me, 'topic', 'redis');
    tick(2 * 60_000);
    await record(me, 'topic', 'redis');
    expect(await kept(me)).toHaveLength(1);
    tick(15 * 60_000);
    await record(me, 'topic', 'redis');
    expect(await kept(me)).toHaveLength(2);
  });

  it('records moves sent at once without losing or refusing any', async () => {
    const me = await Learner.signUp(t.app);
    const sent = Array.from({ length: 40 }, (_, i) => `burst ${i}`);
    const responses = await Promise.all(sent.map((text) => record(me, 'search', text)));
    expect(responses.map((r) => r.statusCode)).toEqual(sent.map(() => 204));
    expect((await kept(me)).map((m) => m.value).sort()).toEqual([...sent].sort());
  });

  it(`keeps at most the newest ${ACTIVITY_KEPT} moves`, async () => {
    const me = await Learner.signUp(t.app);
    for (let i = 0; i < ACTIVITY_KEPT + 5; i += 1) {
      tick(1000);
      expect((await record(me, 'search', `query ${i}`)).statusCode).toBe(204);
    }
    const moves = await kept(me);
    expect(moves).toHaveLength(ACTIVITY_KEPT);
    expect(moves[0]?.value).toBe(`query ${ACTIVITY_KEPT + 4}`);
    expect(moves.at(-1)?.value).toBe('query 5');
  }, 120_000);

  it(`forgets moves older than ${ACTIVITY_KEPT_DAYS} days`, async () => {
    const me = await Learner.signUp(t.app);
    await record(me, 'topic', 'docker');
    tick((ACTIVITY_KEPT_DAYS + 1) * DAY);
    expect(await kept(me)).toEqual([]);
    await record(me, 'topic', 'kubernetes');
    expect((await kept(me)).map((m) => m.value)).toEqual(['kubernetes']);
  });

  it('forgets everything when the learner clears it', async () => {
    const me = await Learner.signUp(t.app);
    const other = await Learner.signUp(t.app);
    await record(me, 'topic', 'graphql');
    await record(other, 'topic', 'grpc');
    expect((await me.request('DELETE', '/api/v1/me/activity')).statusCode).toBe(204);
    expect(await kept(me)).toEqual([]);
    expect(await kept(other)).toHaveLength(1);
  });

  it('feeds the coach: moves that converge on caching raise the search-intent signal', async () => {
    const me = await Learner.signUp(t.app);
    for (const topic of ['sql-joins', 'git-basics', 'http-basics', 'json', 'data-structures']) {
      tick(DAY);
      await record(me, 'topic', topic);
    }
    tick(30 * DAY);
    for (const [kind, value] of [
      ['search', 'redis'],
      ['topic', 'caching-strategies'],
      ['topic', 'http-caching'],
      ['search', 'memcached'],
      ['topic', 'in-memory-caching'],
    ]) {
      tick(DAY);
      await record(me, kind ?? '', value ?? '');
    }
    const coach = (await me.request('GET', '/api/v1/me/coach')).json();
    const finding = coach.findings.find(
      (f: { id: string }) => f.id === 'signal.search-intent-shifted',
    );
    expect(finding?.explanation).toMatch(/5 of your 5 searches.* pointed at caching/);
    const branch = finding?.actions.at(-1);
    expect(branch).toMatchObject({ method: 'POST', path: '/api/v1/me/reviews/triggers' });
    const raised = await me.request('POST', branch.path, branch.body);
    expect(raised.statusCode).toBe(201);
  });
});
