import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.js';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

interface Due {
  type: string;
  dueOn: string;
  overdue: boolean;
  projectId: string | null;
  triggerId: string | null;
  reason: string;
}

// Every test starts at 2026-03-10 12:00 UTC, so due dates are predictable; a test that moves
// the clock forward moves only its own, since beforeEach winds it back.
const START = new Date('2026-03-10T12:00:00Z');

describe.each(DIALECTS)('reviews on $name', (dialect) => {
  let t: TestApp;
  let clock = START;
  beforeAll(async () => {
    // Sessions outlive the month the clock jumps forward.
    t = await startApp(dialect, { SESSION_TTL_DAYS: '90' }, { now: () => clock });
  });
  beforeEach(() => {
    clock = START;
  });
  afterAll(() => t?.close());

  const due = async (me: Learner): Promise<Due[]> =>
    (await me.request('GET', '/api/v1/me/reviews/due')).json();
  const topic = async (me: Learner, id: string) =>
    (await me.request('GET', '/api/v1/me/roadmaps/backend'))
      .json()
      .topics.find((x: { id: string }) => x.id === id);

  it('schedules a check-in a month after sign-up, and a monthly review moves it on, sets the focus and brings a revisited topic back to essential now', async () => {
    const me = await Learner.signUp(t.app);
    const before = (await due(me)).find((d) => d.type === 'monthly');
    expect(before).toMatchObject({ dueOn: '2026-04-10', overdue: false });
    // A beginner meets indexes in "useful next", so only the revisit can move it to "essential now".
    expect((await topic(me, 'indexes')).bucket).toBe('useful_next');

    clock = new Date('2026-04-12T09:00:00Z');
    expect((await due(me)).find((d) => d.type === 'monthly')).toMatchObject({
      dueOn: '2026-04-10',
      overdue: true,
    });
    const review = await me.request('POST', '/api/v1/me/reviews', {
      type: 'monthly',
      answers: { built: 'A notes API with SQLite', 'next-gap': 'joins' },
      changes: { focusTopicId: 'sql-joins', revisit: ['indexes'] },
    });
    expect(review.statusCode).toBe(201);
    expect(review.json()).toMatchObject({
      type: 'monthly',
      changes: { focusTopicId: 'sql-joins' },
    });
    expect((await due(me)).find((d) => d.type === 'monthly')).toMatchObject({
      dueOn: '2026-05-10',
      overdue: false,
    });

    const coach = (await me.request('GET', '/api/v1/me/coach')).json();
    expect(coach.nextSteps.focus).toMatchObject({ topicId: 'sql-joins' });
    const indexes = await topic(me, 'indexes');
    expect(indexes.bucket).toBe('essential_now');
    expect(indexes.progress).toMatchObject({ status: 'not_started', bucket: 'essential_now' });
    const history = (await me.request('GET', '/api/v1/me/history')).json().items;
    expect(history).toContainEqual(
      expect.objectContaining({ topicId: 'indexes', bucket: 'essential_now', cause: 'review' }),
    );
  });

  it('applies a quarterly refresh: statuses, buckets, removal and the next project', async () => {
    const me = await Learner.signUp(t.app);
    await me.request('PUT', '/api/v1/me/progress/docker', { status: 'comfortable' });
    const response = await me.request('POST', '/api/v1/me/reviews', {
      type: 'quarterly',
      answers: {},
      changes: {
        statuses: [{ topicId: 'json', status: 'comfortable' }],
        buckets: [{ topicId: 'graphql', bucket: 'optional_later' }],
        revisit: ['docker'],
        remove: ['mongodb'],
        nextProjectId: 'url-shortener',
      },
    });
    expect(response.statusCode).toBe(201);
    expect((await topic(me, 'json')).progress.status).toBe('comfortable');
    expect((await topic(me, 'graphql')).bucket).toBe('optional_later');
    // Docker starts in "useful next" for a beginner; the revisit moves it up and lowers "comfortable".
    expect(await topic(me, 'docker')).toMatchObject({
      bucket: 'essential_now',
      progress: { status: 'fragile', bucket: 'essential_now' },
    });
    expect((await topic(me, 'mongodb')).progress.status).toBe('skipped');
    expect((await me.request('GET', '/api/v1/me/coach')).json().nextSteps.project).toMatchObject({
      catalogueId: 'url-shortener',
    });
  });

  it('saves nothing at all when a change half way names an unknown topic', async () => {
    const me = await Learner.signUp(t.app);
    await me.request('PUT', '/api/v1/me/progress/git-basics', { status: 'learning' });
    const response = await me.request('POST', '/api/v1/me/reviews', {
      type: 'quarterly',
      answers: {},
      changes: {
        focusTopicId: 'sql-joins',
        statuses: [{ topicId: 'git-basics', status: 'comfortable' }],
        buckets: [
          { topicId: 'docker', bucket: 'essential_now' },
          { topicId: 'time-travel', bucket: 'essential_now' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/body/changes/buckets/1/topicId');

    expect((await me.request('GET', '/api/v1/me/reviews')).json()).toEqual([]);
    expect((await topic(me, 'git-basics')).progress.status).toBe('learning');
    expect((await topic(me, 'docker')).progress.bucket).toBeNull();
    expect((await me.request('GET', '/api/v1/me/coach')).json().nextSteps.focus).toBeNull();
    const handle = openDatabase(t.database.url);
    try {
      const rows = await handle.db
        .selectFrom('reviews')
        .select('id')
        .where('user_id', '=', me.id)
        .execute();
      const plans = await handle.db
        .selectFrom('learner_plans')
        .select('user_id')
        .where('user_id', '=', me.id)
        .execute();
      const history = await handle.db
        .selectFrom('progress_history')
        .select('id')
        .where('user_id', '=', me.id)
        .execute();
      expect({ rows, plans, history: history.length }).toEqual({ rows: [], plans: [], history: 1 });
    } finally {
      await handle.close();
    }
  });

  it('refuses answers to questions the template does not ask', async () => {
    const me = await Learner.signUp(t.app);
    const response = await me.request('POST', '/api/v1/me/reviews', {
      type: 'monthly',
      answers: { 'favourite-colour': 'blue' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/body/answers/favourite-colour');
  });

  it('makes a retro due when a project is done, and a retro for it clears it', async () => {
    const me = await Learner.signUp(t.app);
    const project = (
      await me.request('POST', '/api/v1/me/projects', { title: 'Todo API', status: 'building' })
    ).json();
    expect((await due(me)).some((d) => d.type === 'project')).toBe(false);
    await me.request('PATCH', `/api/v1/me/projects/${project.id}`, { status: 'done' });
    expect((await due(me))[0]).toMatchObject({
      type: 'project',
      projectId: project.id,
      dueOn: '2026-03-10',
    });

    expect(
      (await me.request('POST', '/api/v1/me/reviews', { type: 'project', answers: {} })).statusCode,
    ).toBe(400);
    const retro = await me.request('POST', '/api/v1/me/reviews', {
      type: 'project',
      projectId: project.id,
      answers: {},
      changes: { revisit: ['indexes', 'sql-joins'] },
    });
    expect(retro.statusCode).toBe(201);
    expect((await due(me)).some((d) => d.type === 'project')).toBe(false);
  });

  it('makes a review due at once when I start applying for jobs or change target role', async () => {
    const me = await Learner.signUp(t.app);
    await me.request('PATCH', '/api/v1/me', { targetRole: 'Backend developer' });
    expect((await due(me)).filter((d) => d.triggerId)).toEqual([]);
    await me.request('PATCH', '/api/v1/me', { level: 'job_seeking' });
    const [first] = await due(me);
    expect(first).toMatchObject({ type: 'quarterly', dueOn: '2026-03-10' });
    expect(first?.reason).toMatch(/applying/i);
    await me.request('PATCH', '/api/v1/me', { targetRole: 'DevOps engineer' });
    expect((await due(me)).find((d) => d.type === 'annual')?.dueOn).toBe('2026-03-10');
  });

  it('accepts a revisit-now trigger from the coach and refuses an unknown one', async () => {
    const me = await Learner.signUp(t.app);
    const raised = await me.request('POST', '/api/v1/me/reviews/triggers', {
      triggerId: 'interview-gaps',
    });
    expect(raised.statusCode).toBe(201);
    expect(raised.json()).toMatchObject({ triggerId: 'interview-gaps' });
    const unknown = await me.request('POST', '/api/v1/me/reviews/triggers', { triggerId: 'bored' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('/body/triggerId');
  });

  it("cannot write a retro for someone else's project", async () => {
    const alice = await Learner.signUp(t.app);
    const bob = await Learner.signUp(t.app);
    const project = (
      await alice.request('POST', '/api/v1/me/projects', { title: 'Private', status: 'done' })
    ).json();
    const response = await bob.request('POST', '/api/v1/me/reviews', {
      type: 'project',
      projectId: project.id,
      answers: {},
    });
    expect(response.statusCode).toBe(404);
    expect((await bob.request('GET', '/api/v1/me/reviews')).json()).toEqual([]);
  });
});
