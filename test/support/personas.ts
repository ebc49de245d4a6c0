// The labelled learner personas (test/fixtures/personas): read, checked against the roadmap, turned
// into the coach's input, and scored against what their mentor expects.
import fs from 'node:fs';
import path from 'node:path';
import { type Static, Type } from 'typebox';
import { Value } from 'typebox/value';
import YAML from 'yaml';
import type { CoachInput, CoachReport } from '../../src/domain/coach/types.js';
import type { Roadmap } from '../../src/domain/content/schema.js';
import {
  BUCKETS,
  LANGUAGES,
  LEARNER_LEVELS,
  PROJECT_ORIGINS,
  PROJECT_STATUSES,
  REVIEW_TYPES,
  STATUSES,
  type Status,
} from '../../src/domain/vocabulary.js';
import { projectRoot } from '../../src/server/config.js';

/** The guide's concerns, as persona files name them, and the findings that raise each. */
export const THEMES = {
  'several-languages-early': ['pitfall.several-languages'],
  'sql-skipped': ['pitfall.sql-skipped'],
  'testing-skipped': ['pitfall.testing-skipped'],
  'auth-skipped': ['pitfall.auth-skipped'],
  'endpoints-without-api-design': ['pitfall.endpoints-without-api-design'],
  'debugging-ignored': ['pitfall.debugging-ignored'],
  'no-independent-project': ['pitfall.studied-without-project'],
  'never-deployed': ['pitfall.never-deployed'],
  'no-recent-review': ['pitfall.no-recent-review'],
  'devops-apart': ['pitfall.devops-apart'],
  'projects-off-target-role': ['signal.projects-off-target-role'],
  'syntax-not-behaviour': ['signal.framework-without-behaviour'],
  'postings-repeat-gaps': ['signal.postings-repeat-gaps'],
  'roadmap-content-changed': ['signal.roadmap-content-changed'],
  'bottleneck-moved': ['signal.bottleneck-moved'],
  'search-intent-shifted': ['signal.search-intent-shifted'],
  'full-stack-needs-frontend': ['signal.full-stack-needs-frontend'],
  'advanced-before-basics': ['balance.advanced-before-basics'],
  'too-much-open': ['planner.park'],
} as const;
export type Theme = keyof typeof THEMES;

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const Ids = Type.Array(Id);
const Strict = { additionalProperties: false } as const;
const Review = Type.Object({ type: Type.Enum(REVIEW_TYPES), completedAt: Day }, Strict);

const PersonaSchema = Type.Object(
  {
    id: Id,
    summary: Type.String({ minLength: 1 }),
    now: Day,
    learner: Type.Object(
      {
        language: Type.Enum(LANGUAGES),
        level: Type.Enum(LEARNER_LEVELS),
        targetRole: Type.Optional(Type.String()),
        startedAt: Day,
      },
      Strict,
    ),
    statuses: Type.Partial(
      Type.Object(
        Object.fromEntries(STATUSES.filter((s) => s !== 'not_started').map((s) => [s, Ids])),
        Strict,
      ),
    ),
    history: Type.Optional(
      Type.Array(Type.Object({ topic: Id, status: Type.Enum(STATUSES), at: Day }, Strict)),
    ),
    buckets: Type.Optional(Type.Record(Type.String(), Type.Enum(BUCKETS))),
    projects: Type.Optional(
      Type.Array(
        Type.Object(
          {
            title: Type.String({ minLength: 1 }),
            status: Type.Enum(PROJECT_STATUSES),
            origin: Type.Optional(Type.Enum(PROJECT_ORIGINS)),
            catalogueId: Type.Optional(Type.Union([Id, Type.Null()])),
            topics: Ids,
            deployedUrl: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            productionLike: Type.Optional(Type.Boolean()),
            language: Type.Optional(Type.Union([Type.Enum(LANGUAGES), Type.Null()])),
            createdAt: Day,
            completedAt: Type.Optional(Type.Union([Day, Type.Null()])),
          },
          Strict,
        ),
      ),
    ),
    reviews: Type.Optional(Type.Array(Review)),
    postings: Type.Optional(
      Type.Array(
        Type.Object({ title: Type.Optional(Type.String()), createdAt: Day, topics: Ids }, Strict),
      ),
    ),
    plan: Type.Optional(
      Type.Object(
        {
          focus: Type.Optional(Id),
          nextProject: Type.Optional(Id),
          chosenAt: Type.Optional(Review),
        },
        Strict,
      ),
    ),
    activity: Type.Optional(
      Type.Array(
        Type.Object(
          {
            kind: Type.Enum(['search', 'column', 'topic']),
            value: Type.String({ minLength: 1 }),
            at: Day,
          },
          Strict,
        ),
      ),
    ),
    expect: Type.Object(
      {
        mentions: Type.Array(Type.Enum(Object.keys(THEMES) as Theme[])),
        mustNotSay: Type.Array(Type.Enum(Object.keys(THEMES) as Theme[])),
        nextTopics: Type.Array(Id, { minItems: 1 }),
        projects: Type.Array(Id, { minItems: 1 }),
        park: Type.Optional(Type.Boolean()),
      },
      Strict,
    ),
  },
  Strict,
);
export type Persona = Static<typeof PersonaSchema>;
export type Half = 'authored' | 'held-out' | 'blind' | 'blind-2' | 'blind-3';

const instant = (day: string) => `${day}T12:00:00.000Z`;

/** Reads every persona of a half, refusing a malformed file or an id the roadmap does not have. */
export function loadPersonas(half: Half, roadmap: Roadmap): Persona[] {
  const dir = path.join(projectRoot, 'test', 'fixtures', 'personas', half);
  if (!fs.existsSync(dir)) return [];
  const topics = new Set(roadmap.topics.map((t) => t.id));
  const projects = new Set(roadmap.projects.map((p) => p.id));
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const data: unknown = YAML.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
      const problems = [...Value.Errors(PersonaSchema, data)].map(
        (e) => `${e.instancePath || '/'} ${e.message}`,
      );
      if (problems.length > 0) throw new Error(`${half}/${name}: ${problems.join('; ')}`);
      const persona = data as Persona;
      const unknown = [
        ...Object.values(persona.statuses).flatMap((ids) => ids ?? []),
        ...(persona.history ?? []).map((h) => h.topic),
        ...Object.keys(persona.buckets ?? {}),
        ...(persona.projects ?? []).flatMap((p) => p.topics),
        ...(persona.postings ?? []).flatMap((p) => p.topics),
        ...(persona.plan?.focus ? [persona.plan.focus] : []),
        ...persona.expect.nextTopics,
      ].filter((id) => !topics.has(id));
      const unknownProjects = [
        ...(persona.projects ?? []).flatMap((p) => (p.catalogueId ? [p.catalogueId] : [])),
        ...(persona.plan?.nextProject ? [persona.plan.nextProject] : []),
        ...persona.expect.projects,
      ].filter((id) => !projects.has(id));
      if (unknown.length + unknownProjects.length > 0) {
        throw new Error(
          `${half}/${name}: unknown topics [${unknown.join(', ')}], unknown projects [${unknownProjects.join(', ')}]`,
        );
      }
      return persona;
    });
}

/**
 * The coach's input for a persona: each listed topic passes through "learning" and reaches its
 * status on days spread evenly over the persona's months, in the order listed.
 */
export function personaInput(persona: Persona, roadmap: Roadmap): CoachInput {
  const start = Date.parse(instant(persona.learner.startedAt));
  const end = Date.parse(instant(persona.now));
  const listed = Object.entries(persona.statuses).flatMap(([status, ids]) =>
    (ids ?? []).map((id) => ({ id, status: status as Status })),
  );
  const history: CoachInput['history'] = [];
  listed.forEach(({ id, status }, i) => {
    const reached = start + ((end - start) * (i + 1)) / (listed.length + 1);
    const began = start + ((reached - start) * 2) / 3;
    if (status !== 'learning' && status !== 'skipped') {
      history.push({ topicId: id, status: 'learning', changedAt: new Date(began).toISOString() });
    }
    history.push({ topicId: id, status, changedAt: new Date(reached).toISOString() });
  });
  for (const h of persona.history ?? []) {
    history.push({ topicId: h.topic, status: h.status, changedAt: instant(h.at) });
  }
  history.sort((a, b) => (a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0));
  const latest = new Map<string, Status>();
  for (const h of history) latest.set(h.topicId, h.status);

  const buckets = persona.buckets ?? {};
  const progress = new Map(
    [...new Set([...latest.keys(), ...Object.keys(buckets)])].map((id) => [
      id,
      { status: latest.get(id) ?? 'not_started', bucket: buckets[id] ?? null },
    ]),
  );
  return {
    roadmap,
    learner: {
      language: persona.learner.language,
      level: persona.learner.level,
      targetRole: persona.learner.targetRole ?? null,
      startedAt: instant(persona.learner.startedAt),
    },
    progress,
    history,
    projects: (persona.projects ?? []).map((p, i) => ({
      id: `${persona.id}-project-${i + 1}`,
      title: p.title,
      status: p.status,
      origin: p.origin ?? 'blank',
      productionLike: p.productionLike ?? false,
      deployedUrl: p.deployedUrl ?? null,
      language: p.language ?? null,
      catalogueId: p.catalogueId ?? null,
      topicIds: p.topics,
      createdAt: instant(p.createdAt),
      completedAt: p.completedAt ? instant(p.completedAt) : null,
    })),
    // A review saw the roadmap version shipped on its day, by the changelog's dates.
    reviews: (persona.reviews ?? []).map((r) => ({
      type: r.type,
      completedAt: instant(r.completedAt),
      roadmapVersion: Math.max(
        1,
        ...roadmap.changelog.filter((c) => c.date <= r.completedAt).map((c) => c.version),
      ),
    })),
    postings: (persona.postings ?? []).map((p, i) => ({
      id: `${persona.id}-posting-${i + 1}`,
      title: p.title ?? null,
      createdAt: instant(p.createdAt),
      topicIds: p.topics,
    })),
    plan: {
      focusTopicId: persona.plan?.focus ?? null,
      nextProjectId: persona.plan?.nextProject ?? null,
      focusChosenIn: persona.plan?.focus ? chosenIn(persona) : null,
      projectChosenIn: persona.plan?.nextProject ? chosenIn(persona) : null,
    },
    activity: (persona.activity ?? []).map((a) => ({ ...a, at: instant(a.at) })),
  };
}

/** The review a persona's plan came from: as stated, else their latest review. */
function chosenIn(persona: Persona) {
  const review = persona.plan?.chosenAt ?? persona.reviews?.at(-1);
  return review
    ? { type: review.type, completedAt: instant(review.completedAt) }
    : { type: 'monthly' as const, completedAt: instant(persona.learner.startedAt) };
}

export const personaNow = (persona: Persona) => new Date(instant(persona.now));

/** How one report measures up to one persona's expectations. */
export interface PersonaVerdict {
  id: string;
  nextTopics: { ok: boolean; suggested: string[]; accepted: string[] };
  project: { ok: boolean; suggested: string | null };
  mentions: { expected: Theme[]; missing: Theme[] };
  saidWrongly: Theme[];
  park: { expected: boolean; ok: boolean };
}

export function judge(persona: Persona, report: CoachReport): PersonaVerdict {
  const raised = new Set<string>(report.findings.map((f) => f.id));
  if ((report.nextSteps.park?.length ?? 0) > 0) raised.add('planner.park');
  const says = (theme: Theme) => THEMES[theme].some((id) => raised.has(id));
  const suggested = report.nextSteps.topics.map((t) => t.topicId);
  const project = report.nextSteps.project?.catalogueId ?? null;
  const parkExpected = persona.expect.park === true;
  return {
    id: persona.id,
    nextTopics: {
      ok: suggested.length > 0 && suggested.every((id) => persona.expect.nextTopics.includes(id)),
      suggested,
      accepted: persona.expect.nextTopics,
    },
    project: {
      ok: project !== null && persona.expect.projects.includes(project),
      suggested: project,
    },
    mentions: {
      expected: persona.expect.mentions,
      missing: persona.expect.mentions.filter((t) => !says(t)),
    },
    saidWrongly: persona.expect.mustNotSay.filter(says),
    park: { expected: parkExpected, ok: !parkExpected || says('too-much-open') },
  };
}
