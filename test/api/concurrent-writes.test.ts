// Concurrent writes by one learner: no field a request did not name is put back, and history chains.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

interface HistoryItem {
  id: number;
  topicId: string;
  previousStatus: string | null;
  status: string;
}

const STATUSES = ['learning', 'theoretical', 'fragile', 'comfortable', 'skipped'] as const;

/** Every history entry of the learner, oldest first, following the cursor to the end. */
async function wholeHistory(learner: Learner): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const response = await learner.request('GET', `/api/v1/me/history?limit=100${query}`);
    expect(response.statusCode).toBe(200);
    const page: { items: HistoryItem[]; nextCursor: string | null } = response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items.reverse();
}

describe.each(DIALECTS)('concurrent writes on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!dialect.writesCannotRace) t = await startApp(dialect);
  });
  afterAll(() => t?.close());
  // Where requests queue for one connection nothing races, and every test here would pass unproven.
  beforeEach((context) => {
    if (dialect.writesCannotRace) context.skip(dialect.writesCannotRace);
  });

  it('keeps both a note and a bucket sent at the same moment, in 30 of 30 trials', async () => {
    const learner = await Learner.signUp(t.app);
    let lost = 0;
    for (let trial = 0; trial < 30; trial += 1) {
      const topic = trial % 2 ? 'sql-joins' : 'http-basics';
      const note = `note ${trial}`;
      const bucket = trial % 3 ? 'useful_next' : 'optional_later';
      const [a, b] = await Promise.all([
        learner.request('PUT', `/api/v1/me/progress/${topic}`, { status: 'learning', note }),
        learner.request('PUT', `/api/v1/me/progress/${topic}`, { status: 'learning', bucket }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      const view = (await learner.request('GET', '/api/v1/me/roadmaps/backend')).json();
      const mine = view.topics.find((x: { id: string }) => x.id === topic).progress;
      if (mine.note !== note || mine.bucket !== bucket) lost += 1;
    }
    expect(lost).toBe(0);
  });

  it('leaves a history whose previous statuses chain without a break after 50 concurrent writes', async () => {
    const learner = await Learner.signUp(t.app);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        learner.request('PUT', '/api/v1/me/progress/sql-basics', {
          status: STATUSES[i % STATUSES.length],
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(200));

    const history = (await wholeHistory(learner)).filter((h) => h.topicId === 'sql-basics');
    expect(history).toHaveLength(50);
    expect(history[0]?.previousStatus).toBeNull();
    const breaks = history.filter(
      (entry, i) => i > 0 && entry.previousStatus !== history[i - 1]?.status,
    );
    expect(breaks).toEqual([]);

    const view = (await learner.request('GET', '/api/v1/me/roadmaps/backend')).json();
    const stored = view.topics.find((x: { id: string }) => x.id === 'sql-basics').progress.status;
    expect(stored).toBe(history.at(-1)?.status);
  });

  it('applies concurrent changes to one project one after another, keeping each', async () => {
    const learner = await Learner.signUp(t.app);
    const created = await learner.request('POST', '/api/v1/me/projects', {
      title: 'Notes API',
      status: 'planned',
      topicIds: ['http-basics'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const [title, status, topics] = await Promise.all([
      learner.request('PATCH', `/api/v1/me/projects/${id}`, { title: 'Notes API v2' }),
      learner.request('PATCH', `/api/v1/me/projects/${id}`, { status: 'building' }),
      learner.request('PATCH', `/api/v1/me/projects/${id}`, {
        topicIds: ['sql-basics', 'sql-joins'],
      }),
      learner.request('PATCH', `/api/v1/me/projects/${id}`, {
        topicIds: ['sql-joins', 'http-basics'],
      }),
    ]);
    expect([title.statusCode, status.statusCode, topics.statusCode]).toEqual([200, 200, 200]);
    const after = (await learner.request('GET', `/api/v1/me/projects/${id}`)).json();
    expect(after).toMatchObject({ title: 'Notes API v2', status: 'building' });
    expect(after.startedAt).not.toBeNull();
    expect([
      ['sql-basics', 'sql-joins'],
      ['http-basics', 'sql-joins'],
    ]).toContainEqual(after.topicIds);
  });

  it('keeps a review and a progress write that race on the same topic', async () => {
    const learner = await Learner.signUp(t.app);
    await learner.request('PUT', '/api/v1/me/progress/indexes', { status: 'comfortable' });
    const [review, put] = await Promise.all([
      learner.request('POST', '/api/v1/me/reviews', {
        type: 'monthly',
        answers: {},
        changes: { focusTopicId: 'indexes', revisit: ['indexes'] },
      }),
      learner.request('PUT', '/api/v1/me/progress/indexes', {
        status: 'comfortable',
        note: 'EXPLAIN first',
      }),
    ]);
    expect([review.statusCode, put.statusCode]).toEqual([201, 200]);
    const view = (await learner.request('GET', '/api/v1/me/roadmaps/backend')).json();
    const mine = view.topics.find((x: { id: string }) => x.id === 'indexes').progress;
    // Whichever came second, neither put back what the other changed.
    expect(mine).toMatchObject({ bucket: 'essential_now', note: 'EXPLAIN first' });
    expect(['fragile', 'comfortable']).toContain(mine.status);
    const history = (await wholeHistory(learner)).filter((h) => h.topicId === 'indexes');
    const breaks = history.filter(
      (entry, i) => i > 0 && entry.previousStatus !== history[i - 1]?.status,
    );
    expect(breaks).toEqual([]);
  });
});
