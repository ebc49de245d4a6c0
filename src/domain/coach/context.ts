// What every coach rule needs to know about the learner, computed once per run.
import { scoringColumns, type Topic } from '../content/schema.js';
import { topicAppliesTo } from '../roadmap-view.js';
import { type Bucket, DEFAULT_LEVEL, type Status } from '../vocabulary.js';
import { ENDPOINT_TOPICS, FRAMEWORK_TOPICS, STATUS_WEIGHT } from './thresholds.js';
import type { Action, CoachInput, Finding } from './types.js';

export const STARTED: ReadonlySet<Status> = new Set([
  'learning',
  'theoretical',
  'fragile',
  'comfortable',
]);
export const APPLIED: ReadonlySet<Status> = new Set(['fragile', 'comfortable']);
export const IN_PROGRESS: ReadonlySet<Status> = new Set(['learning', 'theoretical', 'fragile']);

export interface Context {
  input: CoachInput;
  now: Date;
  /** Topics for the learner's language, in roadmap order. */
  topics: Topic[];
  topic(id: string): Topic | undefined;
  status(id: string): Status;
  bucket(id: string): Bucket;
  stageIndex(id: string): number;
  titles(ids: string[]): string;
  /** Ids among `ids` (that exist for this learner) whose status is in `statuses`. */
  withStatus(ids: string[], statuses: ReadonlySet<Status>): string[];
}

/** "A, B and C", or "A, B, C and 4 more" for long lists. */
export function listOf(names: string[], max = 4): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function buildContext(input: CoachInput, now: Date): Context {
  const { roadmap, learner, progress } = input;
  const topics = roadmap.topics.filter((t) => topicAppliesTo(t, learner.language));
  const byId = new Map(topics.map((t) => [t.id, t]));
  const stageOrder = new Map(roadmap.stages.map((s, i) => [s.id, i]));
  const status = (id: string): Status => progress.get(id)?.status ?? 'not_started';
  return {
    input,
    now,
    topics,
    topic: (id) => byId.get(id),
    status,
    bucket: (id) =>
      progress.get(id)?.bucket ??
      byId.get(id)?.buckets[learner.level ?? DEFAULT_LEVEL] ??
      'optional_later',
    stageIndex: (id) => stageOrder.get(byId.get(id)?.stage ?? '') ?? Number.MAX_SAFE_INTEGER,
    titles: (ids) => listOf(ids.map((id) => byId.get(id)?.title ?? id)),
    withStatus: (ids, statuses) => ids.filter((id) => byId.has(id) && statuses.has(status(id))),
  };
}

/**
 * How solid a column is, from 0 (nothing started) to 1 (all comfortable): the average status
 * weight of its topics that are in the learner's plan now or next (not optional, not skipped).
 */
export function columnStrength(
  ctx: Context,
  columnId: string,
  statusOf = ctx.status,
): { strength: number; topics: string[] } {
  const planned = ctx.topics.filter(
    (t) =>
      t.column === columnId &&
      ctx.bucket(t.id) !== 'optional_later' &&
      statusOf(t.id) !== 'skipped',
  );
  if (planned.length === 0) return { strength: 1, topics: [] };
  const total = planned.reduce(
    (sum, t) => sum + STATUS_WEIGHT[statusOf(t.id) as keyof typeof STATUS_WEIGHT],
    0,
  );
  return { strength: total / planned.length, topics: planned.map((t) => t.id) };
}

type WeakestColumn = { id: string; title: string; strength: number; topics: string[] } | null;
/** Worked out once per coach run: the rules and the planner all ask. */
const weakestColumns = new WeakMap<Context, WeakestColumn>();

/** The weakest column: lowest strength; ties go to the column listed first in the roadmap. */
export function weakestColumn(ctx: Context): WeakestColumn {
  if (weakestColumns.has(ctx)) return weakestColumns.get(ctx) ?? null;
  let weakest: WeakestColumn = null;
  for (const column of scoringColumns(ctx.input.roadmap)) {
    const { strength, topics } = columnStrength(ctx, column.id);
    if (topics.length > 0 && (!weakest || strength < weakest.strength)) {
      weakest = { id: column.id, title: column.title, strength, topics };
    }
  }
  weakestColumns.set(ctx, weakest);
  return weakest;
}

/** The practice projects the learner has begun, by catalogue id. */
export const begunIdeas = (ctx: Context): Set<string> =>
  new Set(ctx.input.projects.flatMap((p) => (p.catalogueId ? [p.catalogueId] : [])));

/** Signals (about the learner's goals) before pitfalls and balance; otherwise in their order. */
export const goalsFirst = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort((a, b) => Number(a.kind !== 'signal') - Number(b.kind !== 'signal'));

/** Each topic's status as it stood at an instant, replayed from the history. */
export function statusesAt(ctx: Context, instant: string): (id: string) => Status {
  const at = new Map<string, Status>();
  for (const entry of ctx.input.history) {
    if (entry.changedAt <= instant) at.set(entry.topicId, entry.status);
  }
  return (id) => at.get(id) ?? 'not_started';
}

/** The column holding the most fragile topics (the learner's bottleneck), or null when none is fragile. */
export function bottleneck(ctx: Context, statusOf = ctx.status): string | null {
  let best: { column: string; count: number } | null = null;
  for (const column of scoringColumns(ctx.input.roadmap)) {
    const count = ctx.topics.filter(
      (t) => t.column === column.id && statusOf(t.id) === 'fragile',
    ).length;
    if (count > 0 && (!best || count > best.count)) best = { column: column.id, count };
  }
  return best?.column ?? null;
}

export const progressAction = (ctx: Context, topicId: string, status: Status): Action => ({
  label: `Start “${ctx.topic(topicId)?.title ?? topicId}”`,
  intent: { kind: 'set-status', topicId, status },
});

/** "Start <project>" for a practice-project idea; no action when the roadmap has none to offer. */
export const startProjectActions = (idea: { id: string; title: string } | undefined): Action[] =>
  idea
    ? [{ label: `Start “${idea.title}”`, intent: { kind: 'start-project', catalogueId: idea.id } }]
    : [];

/** Whether a project is a web backend: it practises a framework or endpoint topic. */
export const servesHttp = (project: CoachInput['projects'][number]): boolean =>
  project.topicIds.some((id) => ENDPOINT_TOPICS.includes(id) || FRAMEWORK_TOPICS.includes(id));

/** Whether a project of the learner's practises any of these topics. */
export const practisedByProject = (ctx: Context, topicIds: readonly string[]): boolean =>
  ctx.input.projects.some((p) => p.topicIds.some((id) => topicIds.includes(id)));

export const noEvidence = () => ({
  topics: [] as string[],
  projects: [] as string[],
  postings: [] as string[],
  dates: [] as string[],
});
