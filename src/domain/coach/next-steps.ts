// The next step: the current focus, at most a few topics at once, and one project for the weakest column.
import type { Topic } from '../content/schema.js';
import { APPLIED, type Context, IN_PROGRESS, weakestColumn } from './context.js';
import { MAJOR_TOOLS, THRESHOLDS } from './thresholds.js';
import type { NextSteps, NextTopic } from './types.js';

const BUCKET_ORDER = { essential_now: 0, useful_next: 1, optional_later: 2 } as const;

/** A topic is ready when each of its prerequisites is applied, skipped, or not in this learner's plan. */
function ready(ctx: Context, topic: Topic): boolean {
  return topic.prerequisites.every(
    (id) => !ctx.topic(id) || APPLIED.has(ctx.status(id)) || ctx.status(id) === 'skipped',
  );
}

/** A major tool waits until one of the learner's own projects practises it. */
function justified(ctx: Context, topic: Topic): boolean {
  return (
    !MAJOR_TOOLS.includes(topic.id) || ctx.input.projects.some((p) => p.topicIds.includes(topic.id))
  );
}

function nextTopics(ctx: Context): NextTopic[] {
  const inProgress = ctx.topics.filter((t) => IN_PROGRESS.has(ctx.status(t.id)));
  const picked: NextTopic[] = inProgress.slice(0, THRESHOLDS.maxInProgress).map((t) => ({
    topicId: t.id,
    title: t.title,
    status: ctx.status(t.id),
    reason:
      ctx.status(t.id) === 'fragile'
        ? 'Applied but shaky: one more piece of practice makes it solid.'
        : ctx.status(t.id) === 'theoretical'
          ? 'Studied but never applied: use it in a project.'
          : 'In progress: finish it before starting something new.',
  }));
  const candidates = ctx.topics
    .filter((t) => ctx.status(t.id) === 'not_started' && ctx.bucket(t.id) !== 'optional_later')
    .filter((t) => ready(ctx, t) && justified(ctx, t))
    .sort(
      (a, b) =>
        BUCKET_ORDER[ctx.bucket(a.id)] - BUCKET_ORDER[ctx.bucket(b.id)] ||
        ctx.stageIndex(a.id) - ctx.stageIndex(b.id),
    );
  for (const topic of candidates) {
    if (picked.length >= THRESHOLDS.maxInProgress) break;
    const prerequisites = topic.prerequisites.filter((id) => ctx.topic(id));
    picked.push({
      topicId: topic.id,
      title: topic.title,
      status: 'not_started',
      reason:
        `${ctx.bucket(topic.id) === 'essential_now' ? 'Essential now' : 'Useful next'} in ` +
        `${ctx.input.roadmap.stages[ctx.stageIndex(topic.id)]?.title ?? topic.stage}` +
        (prerequisites.length > 0
          ? `; its prerequisites (${ctx.titles(prerequisites)}) are in place.`
          : '.'),
    });
  }
  return picked;
}

/** Where the learner's stages reach: the furthest stage with a started topic. */
function frontier(ctx: Context): number {
  return ctx.topics.reduce(
    (far, t) => (ctx.status(t.id) === 'not_started' ? far : Math.max(far, ctx.stageIndex(t.id))),
    0,
  );
}

function recommendedProject(
  ctx: Context,
  weakest: ReturnType<typeof weakestColumn>,
): NextSteps['project'] {
  const catalogue = ctx.input.roadmap.projects;
  const begun = new Set(ctx.input.projects.map((p) => p.catalogueId).filter(Boolean));
  const chosen = catalogue.find((p) => p.id === ctx.input.plan.nextProjectId && !begun.has(p.id));
  if (chosen)
    return {
      catalogueId: chosen.id,
      title: chosen.title,
      reason: 'You chose it as your next project in your last review.',
    };
  if (!weakest) return null;

  const stageOrder = new Map(ctx.input.roadmap.stages.map((s, i) => [s.id, i]));
  const reach = frontier(ctx) + 1;
  const scored = catalogue
    .filter((p) => !begun.has(p.id) && (stageOrder.get(p.stage) ?? 0) <= reach)
    .map((p) => ({
      p,
      hits: p.topics.filter((id) => weakest.topics.includes(id) && !APPLIED.has(ctx.status(id))),
    }))
    .filter(({ hits }) => hits.length > 0)
    .sort(
      (a, b) =>
        b.hits.length - a.hits.length ||
        (stageOrder.get(a.p.stage) ?? 0) - (stageOrder.get(b.p.stage) ?? 0),
    );
  const best = scored[0];
  if (!best) return null;
  return {
    catalogueId: best.p.id,
    title: best.p.title,
    reason:
      `It practises ${ctx.titles(best.hits)} in ${weakest.title}, your weakest column ` +
      `(strength ${Math.round(weakest.strength * 100)} %).`,
  };
}

export function nextSteps(ctx: Context): NextSteps {
  const weakest = weakestColumn(ctx);
  const focusId = ctx.input.plan.focusTopicId;
  const focusTopic = focusId ? ctx.topic(focusId) : undefined;
  const topics = nextTopics(ctx).filter((t) => t.topicId !== focusTopic?.id);
  return {
    focus: focusTopic
      ? { topicId: focusTopic.id, title: focusTopic.title, status: ctx.status(focusTopic.id) }
      : null,
    topics: topics.slice(
      0,
      THRESHOLDS.maxInProgress - (focusTopic && IN_PROGRESS.has(ctx.status(focusTopic.id)) ? 1 : 0),
    ),
    weakestColumn: weakest
      ? { id: weakest.id, title: weakest.title, strength: weakest.strength }
      : null,
    project: recommendedProject(ctx, weakest),
  };
}
