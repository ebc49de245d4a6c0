import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

interface ViewTopic {
  id: string;
  title: string;
  tools: string[];
  bucket: string;
  defaultBucket: string;
  progress: {
    status: string;
    bucket: string | null;
    note: string | null;
    updatedAt: string | null;
  };
}

describe.each(DIALECTS)('progress on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  const myTopics = async (learner: Learner): Promise<ViewTopic[]> => {
    const response = await learner.request('GET', '/api/v1/me/roadmaps/backend');
    expect(response.statusCode).toBe(200);
    return response.json().topics;
  };
  const topicIn = (topics: ViewTopic[], id: string) => {
    const topic = topics.find((x) => x.id === id);
    if (!topic) throw new Error(`topic ${id} is not in the view`);
    return topic;
  };

  it('shows every topic not started for a new learner, in roadmap order with stages and columns', async () => {
    const learner = await Learner.signUp(t.app);
    const view = (await learner.request('GET', '/api/v1/me/roadmaps/backend')).json();
    expect(view.stages.filter((s: { optional?: boolean }) => !s.optional)).toHaveLength(7);
    // Five technical columns, and the career column outside the coach's scoring.
    expect(view.columns.filter((c: { career?: boolean }) => !c.career)).toHaveLength(5);
    expect(view.columns.filter((c: { career?: boolean }) => c.career)).toHaveLength(1);
    expect(view.topics.length).toBeGreaterThanOrEqual(40);
    expect(view.topics.every((x: ViewTopic) => x.progress.status === 'not_started')).toBe(true);
  });

  it('keeps a status, note and bucket once set, and shows them in my roadmap', async () => {
    const learner = await Learner.signUp(t.app);
    const put = await learner.request('PUT', '/api/v1/me/progress/sql-joins', {
      status: 'fragile',
      note: 'LEFT JOIN still confuses me',
      bucket: 'essential_now',
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      topicId: 'sql-joins',
      status: 'fragile',
      bucket: 'essential_now',
      roadmapId: 'backend',
    });

    const joins = topicIn(await myTopics(learner), 'sql-joins');
    expect(joins.progress).toMatchObject({
      status: 'fragile',
      note: 'LEFT JOIN still confuses me',
      bucket: 'essential_now',
    });
    expect(joins.bucket).toBe('essential_now');
  });

  it('keeps the note when only the status changes, and clears it on null', async () => {
    const learner = await Learner.signUp(t.app);
    await learner.request('PUT', '/api/v1/me/progress/git-basics', {
      status: 'learning',
      note: 'branching next',
    });
    await learner.request('PUT', '/api/v1/me/progress/git-basics', { status: 'comfortable' });
    expect(topicIn(await myTopics(learner), 'git-basics').progress).toMatchObject({
      status: 'comfortable',
      note: 'branching next',
    });
    await learner.request('PUT', '/api/v1/me/progress/git-basics', {
      status: 'comfortable',
      note: null,
    });
    expect(topicIn(await myTopics(learner), 'git-basics').progress.note).toBeNull();
  });

  it('resolves each bucket for my level unless I override it', async () => {
    const learner = await Learner.signUp(t.app);
    const roadmap = (await t.app.inject({ method: 'GET', url: '/api/v1/roadmaps/backend' })).json();
    const differing = roadmap.topics.find(
      (x: { buckets: Record<string, string> }) => x.buckets.beginner !== x.buckets.job_seeking,
    );
    expect(
      differing,
      'the shipped roadmap has a topic whose bucket depends on level',
    ).toBeDefined();

    expect(topicIn(await myTopics(learner), differing.id).bucket).toBe(differing.buckets.beginner);
    await learner.request('PATCH', '/api/v1/me', { level: 'job_seeking' });
    expect(topicIn(await myTopics(learner), differing.id).bucket).toBe(
      differing.buckets.job_seeking,
    );

    const override =
      differing.buckets.job_seeking === 'optional_later' ? 'essential_now' : 'optional_later';
    await learner.request('PUT', `/api/v1/me/progress/${differing.id}`, {
      status: 'learning',
      bucket: override,
    });
    expect(topicIn(await myTopics(learner), differing.id).bucket).toBe(override);
  });

  it("shows my language's tools: Python learners see Django and PyTest, Node.js learners Express and Jest", async () => {
    const python = await Learner.signUp(t.app);
    await python.request('PATCH', '/api/v1/me', { language: 'python' });
    const node = await Learner.signUp(t.app);
    await node.request('PATCH', '/api/v1/me', { language: 'javascript' });

    const pythonTopics = await myTopics(python);
    const nodeTopics = await myTopics(node);
    const tools = (topics: ViewTopic[]) => topics.flatMap((x) => x.tools).join(' ');
    expect(tools(pythonTopics)).toMatch(/Django/);
    expect(tools(pythonTopics)).toMatch(/FastAPI/);
    expect(tools(pythonTopics)).toMatch(/pytest/i);
    expect(tools(pythonTopics)).not.toMatch(/Express|NestJS|Jest\b/);
    expect(tools(nodeTopics)).toMatch(/Express/);
    expect(tools(nodeTopics)).toMatch(/Jest|Vitest/);
    expect(tools(nodeTopics)).not.toMatch(/Django|pytest/i);
    // A topic only for JavaScript learners is not a gap for a Python learner.
    expect(nodeTopics.some((x) => x.id === 'typescript')).toBe(true);
    expect(pythonTopics.some((x) => x.id === 'typescript')).toBe(false);
  });

  it('keeps every change in my history, newest first, paged by cursor', async () => {
    const learner = await Learner.signUp(t.app);
    const statuses = ['learning', 'theoretical', 'fragile', 'comfortable', 'skipped'];
    for (const status of statuses)
      await learner.request('PUT', '/api/v1/me/progress/json', { status });

    const first = (await learner.request('GET', '/api/v1/me/history?limit=2')).json();
    expect(first.items.map((i: { status: string }) => i.status)).toEqual([
      'skipped',
      'comfortable',
    ]);
    expect(first.items[0].previousStatus).toBe('comfortable');
    const second = (
      await learner.request('GET', `/api/v1/me/history?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((i: { status: string }) => i.status)).toEqual([
      'fragile',
      'theoretical',
    ]);
    const third = (
      await learner.request('GET', `/api/v1/me/history?limit=2&cursor=${second.nextCursor}`)
    ).json();
    expect(third.items.map((i: { status: string }) => i.status)).toEqual(['learning']);
    expect(third.items[0].previousStatus).toBeNull();
    expect(third.nextCursor).toBeNull();
  });

  it("never shows or changes another learner's progress", async () => {
    const alice = await Learner.signUp(t.app);
    const bob = await Learner.signUp(t.app);
    await alice.request('PUT', '/api/v1/me/progress/docker', {
      status: 'comfortable',
      note: 'private',
    });
    expect(topicIn(await myTopics(bob), 'docker').progress.status).toBe('not_started');
    expect((await bob.request('GET', '/api/v1/me/history')).json().items).toEqual([]);
    await bob.request('PUT', '/api/v1/me/progress/docker', { status: 'learning' });
    expect(topicIn(await myTopics(alice), 'docker').progress).toMatchObject({
      status: 'comfortable',
      note: 'private',
    });
  });

  it('answers 404 for an unknown topic or roadmap, and records nothing', async () => {
    const learner = await Learner.signUp(t.app);
    const response = await learner.request('PUT', '/api/v1/me/progress/no-such-topic', {
      status: 'learning',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain('no-such-topic');
    expect((await learner.request('GET', '/api/v1/me/roadmaps/frontend')).statusCode).toBe(404);
    expect((await learner.request('GET', '/api/v1/me/history')).json().items).toEqual([]);
  });
});
