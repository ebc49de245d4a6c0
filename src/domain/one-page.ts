// The one-page roadmap: per column, what the learner knows, what they built, what to practise next.

import { buildContext, IN_PROGRESS } from './coach/context.js';
import { nextSteps } from './coach/next-steps.js';
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
 * excluded) or an evidence link shows. next: shaky topics in the column, then the coach's next
 * steps there, then the column's next essential topics.
 */
export function onePage(
  input: CoachInput,
  evidence: { topicId: string; label: string }[],
  now: Date,
): OnePageColumn[] {
  const ctx = buildContext(input, now);
  const steps = nextSteps(ctx);
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
    const next = [
      ...topics.filter((t) => ctx.status(t.id) === 'fragile' || ctx.status(t.id) === 'theoretical'),
      ...steps.topics.map((s) => ctx.topic(s.topicId)).filter((t) => t?.column === column.id),
      ...topics.filter(
        (t) => ctx.status(t.id) === 'not_started' && ctx.bucket(t.id) === 'essential_now',
      ),
      ...topics.filter((t) => IN_PROGRESS.has(ctx.status(t.id))),
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
