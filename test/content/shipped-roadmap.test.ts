import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { type Roadmap, scoringColumns } from '../../src/domain/content/schema.js';
import { projectRoot } from '../../src/server/config.js';
import { shippedContent } from '../support/app.js';

let backend: Roadmap;
beforeAll(async () => {
  const roadmaps = await shippedContent();
  const found = roadmaps.find((r) => r.id === 'backend');
  if (!found) throw new Error('the Backend roadmap is not shipped');
  backend = found;
});

describe('the shipped Backend roadmap', () => {
  it('has the seven stages in order, then the advanced and career sections', () => {
    expect(backend.stages.filter((s) => !s.optional).map((s) => s.id)).toEqual([
      'foundations',
      'web',
      'data',
      'apis',
      'quality',
      'shipping',
      'scaling',
    ]);
    expect(backend.stages.filter((s) => s.optional).map((s) => s.id)).toEqual([
      'advanced',
      'career',
    ]);
  });

  it('has the five columns of the one-page view, and a career column outside them', () => {
    expect(scoringColumns(backend).map((c) => c.title)).toEqual([
      'Core language',
      'API design',
      'Databases',
      'Testing and security',
      'Deployment and DevOps basics',
    ]);
    expect(backend.columns.filter((c) => c.career).map((c) => c.id)).toEqual(['career']);
  });

  it('keeps the career topics, and only them, in the career column', () => {
    const career = backend.topics.filter((t) => t.column === 'career').map((t) => t.id);
    expect(career.sort()).toEqual([
      'interview-preparation',
      'job-search',
      'open-source',
      'portfolio',
      'soft-skills',
      'technical-communication',
    ]);
  });

  it('holds at least 120 topics, 10 practice projects and the 4 review templates', () => {
    expect(backend.topics.length).toBeGreaterThanOrEqual(120);
    expect(backend.projects.length).toBeGreaterThanOrEqual(10);
    expect(backend.reviewTemplates.map((r) => r.id).sort()).toEqual([
      'annual',
      'monthly',
      'project',
      'quarterly',
    ]);
  });

  it('puts every prerequisite in the same or an earlier stage', () => {
    const order = new Map(backend.stages.map((s, i) => [s.id, i]));
    const stageOf = new Map(backend.topics.map((t) => [t.id, order.get(t.stage) ?? -1]));
    const late = backend.topics.flatMap((t) =>
      t.prerequisites
        .filter((p) => (stageOf.get(p) ?? Infinity) > (order.get(t.stage) ?? -1))
        .map((p) => `${t.id} ← ${p}`),
    );
    expect(late).toEqual([]);
  });

  it('gives every topic a plain summary, can-do checks and official-first resources', () => {
    for (const topic of backend.topics) {
      const sentences = topic.summary.split(/(?<=[.!?])\s+(?=[A-Z"(])/).length;
      expect(sentences, `${topic.id} summary`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${topic.id} summary`).toBeLessThanOrEqual(5);
      expect(topic.checks.length, topic.id).toBeGreaterThanOrEqual(3);
      expect(topic.resources.length, topic.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('knows the words job postings use', () => {
    const owner = (alias: string) =>
      backend.topics.find((t) => t.aliases.some((a) => a.toLowerCase() === alias.toLowerCase()))
        ?.id;
    expect(owner('Postgres')).toBe('postgresql');
    expect(owner('PostgreSQL')).toBe('postgresql');
    expect(owner('k8s')).toBe('kubernetes');
    expect(owner('Kubernetes')).toBe('kubernetes');
    expect(owner('CI/CD')).toBe('ci-cd');
    expect(owner('Node.js')).toBeDefined();
    expect(owner('NodeJS')).toBe(owner('Node.js'));
  });

  it('maps project-retro pain points to the topics PRODUCT.md names', () => {
    const retro = backend.reviewTemplates.find((r) => r.id === 'project');
    const revisit = (id: string) => retro?.painPoints?.find((p) => p.id === id)?.revisit ?? [];
    expect(revisit('api-hard-to-maintain')).toEqual(
      expect.arrayContaining(['routing', 'input-validation', 'service-layer']),
    );
    expect(revisit('slow-queries')).toEqual(
      expect.arrayContaining(['indexes', 'sql-joins', 'normalization', 'query-optimization']),
    );
    expect(revisit('confusing-deployment')).toEqual(
      expect.arrayContaining([
        'environment-variables',
        'docker',
        'reverse-proxies',
        'production-logs',
      ]),
    );
    expect(revisit('fragile-auth')).toEqual(
      expect.arrayContaining([
        'sessions-and-cookies',
        'jwt',
        'role-based-access-control',
        'secrets-management',
      ]),
    );
  });
});

describe('coverage of roadmap-coverage.md', () => {
  type Term = string | string[];
  const file = path.join(projectRoot, 'content', 'backend', 'coverage.yaml');
  const { areas } = YAML.parse(fs.readFileSync(file, 'utf8')) as {
    areas: { area: string; terms: Term[] }[];
  };

  // The test below only proves the terms listed here; these floors keep the list itself from
  // shrinking unnoticed. Today it has 213 terms in 13 areas, the smallest (Caching) with 6.
  it('lists about two hundred terms, at least five in each of the thirteen areas', () => {
    expect(areas.length).toBeGreaterThanOrEqual(13);
    expect(areas.flatMap((a) => a.terms).length).toBeGreaterThanOrEqual(200);
    for (const { area, terms } of areas) expect(terms.length, area).toBeGreaterThanOrEqual(5);
  });

  /**
   * A spelling counts as a whole word ("Go" is not found in "Google", nor "Java" in "JavaScript"),
   * and, as the posting matcher does, with its capitals when it has any: "Go" is the language,
   * "go" the verb. All-lowercase spellings match in any case.
   */
  const found = (spelling: string, text: string) => {
    const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const flags = spelling === spelling.toLowerCase() ? 'iu' : 'u';
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags).test(text);
  };

  it('matches whole words, with their capitals (the rule itself)', () => {
    expect(found('Go', 'Write a small service in Go.')).toBe(true);
    expect(found('Go', 'Deploy it to Google Cloud.')).toBe(false);
    expect(found('Go', 'Let it go.')).toBe(false);
    expect(found('Java', 'JavaScript in the browser')).toBe(false);
    expect(found('C#', 'ASP.NET Core in C#.')).toBe(true);
    expect(found('data types', 'Data types and variables')).toBe(true);
  });

  it.each(areas)('finds every $area term in some topic title, alias or summary', ({ terms }) => {
    const haystack = backend.topics.map((t) => [t.title, t.summary, ...t.aliases].join('\n'));
    const missing = terms.filter((term) => {
      const spellings = (Array.isArray(term) ? term : [term]).map(String);
      return !haystack.some((text) => spellings.some((s) => found(s, text)));
    });
    expect(missing).toEqual([]);
  });
});
