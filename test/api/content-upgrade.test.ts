import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadConfig, projectRoot } from '../../src/server/config.js';
import { loadRoadmaps } from '../../src/server/content/load-roadmaps.js';
import { bootApp, Learner, ORIGIN, shippedContent } from '../support/app.js';
import { DIALECTS, type TestDatabase } from '../support/dialects.js';

/**
 * Writes version 2 of the shipped content to a temporary folder: `sql-joins` renamed to
 * `sql-joining-tables`, and `indexes` and `query-optimization` merged into
 * `indexes-and-query-plans`. Every reference is updated, as a content author would.
 */
function writeVersionTwo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-v2-'));
  fs.cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  const renamed: Record<string, string> = {
    'sql-joins': 'sql-joining-tables',
    indexes: 'indexes-and-query-plans',
    'query-optimization': 'indexes-and-query-plans',
  };
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const mapped = value.map(rename);
      return mapped.every((v) => typeof v === 'string') ? [...new Set(mapped)] : mapped;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          k === 'url' || k === 'title' || k === 'summary' ? v : rename(v),
        ]),
      );
    }
    return typeof value === 'string' ? (renamed[value] ?? value) : value;
  };

  const backend = path.join(dir, 'backend');
  for (const file of [
    'projects.yaml',
    'reviews.yaml',
    ...fs.readdirSync(path.join(backend, 'topics')).map((f) => `topics/${f}`),
  ]) {
    const full = path.join(backend, file);
    const data = rename(YAML.parse(fs.readFileSync(full, 'utf8'))) as {
      topics?: Record<string, unknown>[];
    };
    if (data.topics) {
      data.topics = data.topics
        .filter(
          (t, i, all) =>
            !(t.id === 'indexes-and-query-plans' && all.findIndex((x) => x.id === t.id) !== i),
        )
        .map((t) => {
          const prerequisites = (t.prerequisites as string[]).filter((p) => p !== t.id);
          if (t.id === 'sql-joining-tables')
            return { ...t, prerequisites, replaces: ['sql-joins'] };
          if (t.id === 'indexes-and-query-plans') {
            return {
              ...t,
              title: 'Indexes and query plans',
              prerequisites,
              replaces: ['indexes', 'query-optimization'],
            };
          }
          return { ...t, prerequisites };
        });
    }
    fs.writeFileSync(full, YAML.stringify(data));
  }
  const roadmapFile = path.join(backend, 'roadmap.yaml');
  const roadmap = YAML.parse(fs.readFileSync(roadmapFile, 'utf8'));
  roadmap.version = 2;
  roadmap.changelog.push({
    version: 2,
    date: '2027-01-15',
    changes: ['Renamed SQL joins; merged indexes with query optimisation.'],
  });
  fs.writeFileSync(roadmapFile, YAML.stringify(roadmap));
  return dir;
}

interface ViewTopic {
  id: string;
  progress: { status: string; note: string | null; bucket: string | null };
}

describe.each(DIALECTS)('upgrading the roadmap from version 1 to 2 on $name', (dialect) => {
  let database: TestDatabase;
  let v2Dir: string;
  beforeAll(async () => {
    database = await dialect.create();
    v2Dir = writeVersionTwo();
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(v2Dir, { recursive: true, force: true });
  });

  const env = () =>
    loadConfig({
      DATABASE_URL: database.url,
      ...database.env,
      LOG_LEVEL: 'silent',
      PUBLIC_URL: ORIGIN,
    });

  it("keeps every learner's progress through a renamed and a merged topic", async () => {
    const v1 = await bootApp(env(), { roadmaps: await shippedContent() });
    const learner = await Learner.signUp(v1);
    const other = await Learner.signUp(v1);
    await learner.request('PUT', '/api/v1/me/progress/sql-joins', {
      status: 'fragile',
      note: 'LEFT vs INNER',
    });
    await learner.request('PUT', '/api/v1/me/progress/indexes', {
      status: 'theoretical',
      note: 'read about B-trees',
    });
    await learner.request('PUT', '/api/v1/me/progress/query-optimization', {
      status: 'fragile',
      note: 'EXPLAIN once',
    });
    await learner.request('PUT', '/api/v1/me/progress/sql-basics', { status: 'comfortable' });
    await other.request('PUT', '/api/v1/me/progress/indexes', {
      status: 'comfortable',
      bucket: 'essential_now',
    });
    await v1.close();

    const v2Roadmaps = await loadRoadmaps(v2Dir);
    expect(v2Roadmaps[0]?.version).toBe(2);
    const v2 = await bootApp(env(), { roadmaps: v2Roadmaps });
    try {
      const again = new Learner(v2, learner.cookie, learner.csrf, learner.id, learner.email);
      const view = (await again.request('GET', '/api/v1/me/roadmaps/backend')).json() as {
        version: number;
        topics: ViewTopic[];
      };
      expect(view.version).toBe(2);
      const topic = (id: string) => view.topics.find((t) => t.id === id);
      expect(topic('sql-joins')).toBeUndefined();
      expect(topic('sql-joining-tables')?.progress).toMatchObject({
        status: 'fragile',
        note: 'LEFT vs INNER',
      });
      expect(topic('indexes-and-query-plans')?.progress.status).toBe('fragile');
      expect(topic('indexes-and-query-plans')?.progress.note).toBe(
        'read about B-trees\n\nEXPLAIN once',
      );
      expect(topic('sql-basics')?.progress.status).toBe('comfortable');

      const otherView = (
        await new Learner(v2, other.cookie, other.csrf, other.id, other.email).request(
          'GET',
          '/api/v1/me/roadmaps/backend',
        )
      ).json() as { topics: ViewTopic[] };
      expect(
        otherView.topics.find((t) => t.id === 'indexes-and-query-plans')?.progress,
      ).toMatchObject({
        status: 'comfortable',
        bucket: 'essential_now',
      });

      const history = (await again.request('GET', '/api/v1/me/history?limit=50')).json();
      const upgrades = history.items.filter(
        (i: { cause: string }) => i.cause === 'content_upgrade',
      );
      expect(upgrades.map((i: { topicId: string }) => i.topicId).sort()).toEqual([
        'indexes-and-query-plans',
        'sql-joining-tables',
      ]);
    } finally {
      await v2.close();
    }
  });

  it('moves progress once: starting version 2 again changes nothing', async () => {
    const v1 = await bootApp(env(), { roadmaps: await shippedContent() });
    const learner = await Learner.signUp(v1);
    await learner.request('PUT', '/api/v1/me/progress/sql-joins', { status: 'learning' });
    await v1.close();

    const historyAfterStart = async () => {
      const app = await bootApp(env(), { roadmaps: await loadRoadmaps(v2Dir) });
      try {
        const again = new Learner(app, learner.cookie, learner.csrf, learner.id, learner.email);
        return (await again.request('GET', '/api/v1/me/history?limit=200')).json().items as {
          cause: string;
        }[];
      } finally {
        await app.close();
      }
    };
    const first = await historyAfterStart();
    expect(first.filter((i) => i.cause === 'content_upgrade')).toHaveLength(1);
    expect(await historyAfterStart()).toEqual(first);
  });
});
