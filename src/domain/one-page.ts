// The one-page roadmap: per column, what the learner knows, what they built, what to practise next.

import { coachFor } from './coach/coach.js';
import { buildContext, IN_PROGRESS } from './coach/context.js';
import { ready } from './coach/planner.js';
import type { CoachInput } from './coach/types.js';
import { scoringColumns } from './content/schema.js';

export interface TopicRef {
  topicId: string;
  title: string;
}

export interface OnePageColumn {
  id: string;
  title: string;
  know: TopicRef[];
  built: (TopicRef & { evidence: string[] })[];
  next: TopicRef[];
}

/** How many topics each column suggests to practise next. */
const NEXT_PER_COLUMN = 3;

/**
 * know: topics marked comfortable. built: topics a project of theirs practises (planned ones
 * excluded) or an evidence link shows. next: the planner's focus and next topics in the column,
 * then its other open topics the plan has not parked (fragile first), then the column's
 * essential topics whose prerequisites are in place, in stage order.
 */
export function onePage(
  input: CoachInput,
  evidence: { topicId: string; label: string }[],
  now: Date,
): OnePageColumn[] {
  const ctx = buildContext(input, now);
  const steps = coachFor(ctx).nextSteps;
  const planned = [steps.focus, ...steps.topics].flatMap((s) => (s ? [s.topicId] : []));
  const parked = new Set(steps.park.map((p) => p.topicId));
  const byStage = (a: { id: string }, b: { id: string }) =>
    ctx.stageIndex(a.id) - ctx.stageIndex(b.id);
  const proof = new Map<string, string[]>();
  const addProof = (topicId: string, label: string) =>
    proof.set(topicId, [...new Set([...(proof.get(topicId) ?? []), label])]);
  for (const project of input.projects.filter((p) => p.status !== 'planned')) {
    for (const topicId of project.topicIds) addProof(topicId, project.title);
  }
  for (const link of evidence) addProof(link.topicId, link.label);

  return scoringColumns(input.roadmap).map((column) => {
    const topics = ctx.topics.filter((t) => t.column === column.id);
    const ref = (t: { id: string; title: string }) => ({ topicId: t.id, title: t.title });
    const open = topics.filter((t) => IN_PROGRESS.has(ctx.status(t.id)) && !parked.has(t.id));
    const next = [
      ...planned.map((id) => ctx.topic(id)).filter((t) => t?.column === column.id),
      ...open.filter((t) => ctx.status(t.id) === 'fragile').sort(byStage),
      ...open.sort(byStage),
      ...topics
        .filter(
          (t) =>
            ctx.status(t.id) === 'not_started' &&
            ctx.bucket(t.id) === 'essential_now' &&
            ready(ctx, t),
        )
        .sort(byStage),
    ].filter(
      (t, i, all): t is NonNullable<typeof t> =>
        Boolean(t) && all.findIndex((x) => x?.id === t?.id) === i,
    );
    return {
      id: column.id,
      title: column.title,
      know: topics.filter((t) => ctx.status(t.id) === 'comfortable').map(ref),
      built: topics
        .filter((t) => proof.has(t.id))
        .map((t) => ({ ...ref(t), evidence: proof.get(t.id) ?? [] })),
      next: next.slice(0, NEXT_PER_COLUMN).map(ref),
    };
  });
}
