// The learner's roadmap, served three ways: whole (identity or gzip), as cacheable content plus
// a small progress document, and as the summary the dashboard draws. All must tell the same story.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/domain/content/schema.js';
import {
  learnerTopic,
  NO_PROGRESS,
  resolvedBucket,
  roadmapFrame,
  type TopicProgress,
  topicAppliesTo,
} from '../../src/domain/roadmap-view.js';
import { type Language, type LearnerLevel, STATUSES } from '../../src/domain/vocabulary.js';
import { Learner, shippedContent, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

const VIEW = '/api/v1/me/roadmaps/backend';

interface ViewTopic {
  id: string;
  columnId: string;
  defaultBucket: string;
  bucket: string;
  progress: TopicProgress;
}

/** The view built the slow, obvious way from the domain functions: what the prepared bytes must equal. */
function expectedView(
  roadmap: Roadmap,
  language: Language | null,
  level: LearnerLevel | null,
  progress: Record<string, TopicProgress>,
) {
  return {
    ...roadmapFrame(roadmap),
    language,
    level,
    topics: roadmap.topics
      .filter((t) => topicAppliesTo(t, language))
      .map((t) => {
        const topic = learnerTopic(t, language, level);
        const mine = progress[t.id] ?? NO_PROGRESS;
        return { ...topic, bucket: resolvedBucket(topic, mine), progress: mine };
      }),
  };
}

function getView(learner: Learner, acceptEncoding?: string) {
  return learner.app.inject({
    method: 'GET',
    url: VIEW,
    headers: {
      cookie: learner.cookie,
      ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
    },
  });
}

describe.each(DIALECTS)('the learner roadmap views on $name', (dialect) => {
  let t: TestApp;
  let roadmap: Roadmap;
  let learner: Learner;
  /** What the learner recorded, by topic, as the server answered it. */
  const recorded: Record<string, TopicProgress> = {};

  beforeAll(async () => {
    t = await startApp(dialect);
    const backend = (await shippedContent()).find((r) => r.id === 'backend');
    if (!backend) throw new Error('the shipped content has no backend roadmap');
    roadmap = backend;
    learner = await Learner.signUp(t.app);
    await learner.request('PATCH', '/api/v1/me', { language: 'go', level: 'job_seeking' });
    const goTopics = roadmap.topics.filter((topic) => topicAppliesTo(topic, 'go'));
    // Every third topic marked, some with a bucket override and notes in several scripts.
    for (const [i, topic] of goTopics.entries()) {
      if (i % 3 !== 0) continue;
      const change = {
        status: STATUSES[(i / 3) % STATUSES.length],
        ...(i % 2 === 0 && { bucket: 'optional_later' }),
        ...(i % 5 === 0 && { note: `révisé — 日本語 🚀 "quoted" \\ ${i}` }),
      };
      const put = await learner.request('PUT', `/api/v1/me/progress/${topic.id}`, change);
      expect(put.statusCode).toBe(200);
      const { status, bucket, note, updatedAt } = put.json();
      recorded[topic.id] = { status, bucket, note, updatedAt };
    }
  });
  afterAll(() => t?.close());

  it('serves the whole view, identity and gzip, exactly as built from the domain', async () => {
    const expected = expectedView(roadmap, 'go', 'job_seeking', recorded);
    const identity = await getView(learner);
    expect(identity.statusCode).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(identity.headers['cache-control']).toBe('private, no-store');
    expect(identity.json()).toEqual(expected);

    const gzipped = await getView(learner, 'gzip, deflate, br');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('accept-encoding');
    const unzipped = gunzipSync(gzipped.rawPayload);
    expect(unzipped.equals(identity.rawPayload)).toBe(true);
    expect(gzipped.rawPayload.length).toBeLessThan(identity.rawPayload.length / 2);
  });

  it('keeps every non-ASCII note byte for byte', async () => {
    const view = (await getView(learner, 'gzip')).rawPayload;
    const topics: ViewTopic[] = JSON.parse(gunzipSync(view).toString('utf8')).topics;
    const notes = topics.map((x) => x.progress.note).filter((n) => n !== null);
    expect(notes.length).toBeGreaterThan(2);
    expect(notes.every((n) => n.startsWith('révisé — 日本語 🚀 "quoted" \\'))).toBe(true);
  });

  it('answers HEAD with the length of the body it would send, and no body', async () => {
    const get = await getView(learner);
    const head = await t.app.inject({
      method: 'HEAD',
      url: VIEW,
      headers: { cookie: learner.cookie },
    });
    expect(head.statusCode).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(get.rawPayload.length);
    expect(head.rawPayload.length).toBe(0);
  });

  it('answers in identity when gzip is refused or not offered', async () => {
    for (const header of ['gzip;q=0', 'gzip;q=0, *', 'br', 'deflate', 'identity', '']) {
      const response = await getView(learner, header);
      expect(response.headers['content-encoding'], header).toBeUndefined();
      expect(response.json().topics.length, header).toBeGreaterThan(40);
    }
    expect((await getView(learner, '*')).headers['content-encoding']).toBe('gzip');
    expect((await getView(learner, 'GZIP;q=0.5')).headers['content-encoding']).toBe('gzip');
  });

  it('splits the same view into cacheable content and a small progress document', async () => {
    const whole = (await getView(learner)).json();
    const state = await learner.request('GET', `${VIEW}/progress`);
    expect(state.statusCode).toBe(200);
    expect(state.headers['cache-control']).toBe('private, no-store');
    const { content: contentUrl, progress, ...rest } = state.json();
    expect(rest).toEqual({
      roadmapId: 'backend',
      version: roadmap.version,
      language: 'go',
      level: 'job_seeking',
    });
    expect(progress).toEqual(recorded);
    expect(state.rawPayload.length).toBeLessThan(whole.topics.length * 200);

    // Content is public: no cookie, and the same for every learner of this variant.
    const content = await t.app.inject({ method: 'GET', url: contentUrl });
    expect(content.statusCode).toBe(200);
    expect(content.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const merged = {
      ...content.json(),
      topics: content.json().topics.map((topic: ViewTopic) => {
        const mine = progress[topic.id] ?? NO_PROGRESS;
        return { ...topic, bucket: mine.bucket ?? topic.defaultBucket, progress: mine };
      }),
    };
    expect(merged).toEqual(whole);
  });

  it('gives content a strong ETag, 304 on a match, and its gzip form on request', async () => {
    const contentUrl = (await learner.request('GET', `${VIEW}/progress`)).json().content;
    const first = await t.app.inject({ method: 'GET', url: contentUrl });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const again = await t.app.inject({
      method: 'GET',
      url: contentUrl,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const gzipped = await t.app.inject({
      method: 'GET',
      url: contentUrl,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers.etag).toBe(etag);
    expect(gunzipSync(gzipped.rawPayload).equals(first.rawPayload)).toBe(true);
  });

  it('points to new content when the learner changes language or level', async () => {
    const other = await Learner.signUp(t.app);
    const before = (await other.request('GET', `${VIEW}/progress`)).json();
    expect(before).toMatchObject({ language: null, level: null, progress: {} });
    expect(before.content).toBe(
      `/api/v1/roadmaps/backend/learner-content?version=${roadmap.version}`,
    );
    await other.request('PATCH', '/api/v1/me', { language: 'python', level: 'beginner' });
    const after = (await other.request('GET', `${VIEW}/progress`)).json();
    expect(after.content).toBe(
      `/api/v1/roadmaps/backend/learner-content?version=${roadmap.version}&language=python&level=beginner`,
    );
    const content = (await t.app.inject({ method: 'GET', url: after.content })).json();
    expect(content.topics.map((x: ViewTopic) => x.id)).toEqual(
      roadmap.topics.filter((x) => topicAppliesTo(x, 'python')).map((x) => x.id),
    );
  });

  it('refuses content of another version, naming the current one, and bad variants', async () => {
    const stale = await t.app.inject({
      method: 'GET',
      url: `/api/v1/roadmaps/backend/learner-content?version=${roadmap.version + 1}`,
    });
    expect(stale.statusCode).toBe(404);
    expect(stale.json().detail).toContain(`version ${roadmap.version}`);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/roadmaps/backend/learner-content?version=${roadmap.version}&language=cobol`,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('language');
    for (const version of ['1e400', '0', 'two']) {
      const odd = await t.app.inject({
        method: 'GET',
        url: `/api/v1/roadmaps/backend/learner-content?version=${version}`,
      });
      expect(odd.statusCode, version).toBe(400);
      expect(odd.json().detail, version).toContain('/querystring/version');
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/roadmaps/frontend/learner-content?version=1',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('summarises topics per status, overall and per column, as the whole view counts them', async () => {
    const whole: { topics: ViewTopic[]; columns: { id: string }[] } = (
      await getView(learner)
    ).json();
    const response = await learner.request('GET', `${VIEW}/summary`);
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    const count = (topics: ViewTopic[]) =>
      Object.fromEntries(
        STATUSES.map((s) => [s, topics.filter((x) => x.progress.status === s).length]),
      );
    expect(summary.topicCount).toBe(whole.topics.length);
    expect(summary.statusCounts).toEqual(count(whole.topics));
    expect(summary.columns).toEqual(
      whole.columns.map((c) => {
        const topics = whole.topics.filter((x) => x.columnId === c.id);
        return expect.objectContaining({
          id: c.id,
          topicCount: topics.length,
          statusCounts: count(topics),
        });
      }),
    );
    expect(response.rawPayload.length).toBeLessThan(2048);
  });

  it('keeps every view private to a signed-in learner', async () => {
    for (const url of [VIEW, `${VIEW}/progress`, `${VIEW}/summary`]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});
