// "Search intent has shifted": the learner's recent searches, opened topics, column filters and
// saved postings converge on one narrow area their plan does not branch into yet.
import { differenceInCalendarDays } from 'date-fns';
import { type Context, IN_PROGRESS, listOf, noEvidence, progressAction } from './context.js';
import { INTENT_AREAS, THRESHOLDS } from './thresholds.js';
import type { Action, Finding } from './types.js';

type Area = (typeof INTENT_AREAS)[number];

/** One move of the learner's: the topics it names, when, and how to tell them about it. */
interface Move {
  at: string;
  topicIds: string[];
  said: string;
  postingId?: string;
}

/** "sql join" finds "SQL joins": every word of the search in a topic's title or aliases. */
function topicsSearched(ctx: Context, query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return ctx.topics
    .filter((t) => {
      const text = [t.title, ...t.aliases].join('\n').toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .map((t) => t.id);
}

/** Everything the learner did that says where their interest lies, as topics, newest first. */
function learnerMoves(ctx: Context): Move[] {
  const fromActivity = ctx.input.activity.map(({ kind, value, at }): Move => {
    if (kind === 'search')
      return { at, topicIds: topicsSearched(ctx, value), said: `searched “${value}”` };
    if (kind === 'column') {
      const column = ctx.input.roadmap.columns.find((c) => c.id === value);
      return {
        at,
        topicIds: ctx.topics.filter((t) => t.column === value).map((t) => t.id),
        said: `filtered the roadmap to ${column?.title ?? value}`,
      };
    }
    const topic = ctx.topic(value);
    return { at, topicIds: topic ? [topic.id] : [], said: `opened “${topic?.title ?? value}”` };
  });
  const fromPostings = ctx.input.postings.map(
    (p): Move => ({
      at: p.createdAt,
      topicIds: p.topicIds,
      said: p.title
        ? `saved the posting “${p.title}”`
        : `saved a posting on ${p.createdAt.slice(0, 10)}`,
      postingId: p.id,
    }),
  );
  return [...fromActivity, ...fromPostings]
    .filter((a) => a.topicIds.length > 0)
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** The area most of an action's topics lie in, or null for a broad action. */
function areaOf(action: Move): Area | null {
  let best: { area: Area; share: number } | null = null;
  for (const area of INTENT_AREAS) {
    const inside = action.topicIds.filter((id) => (area.topics as readonly string[]).includes(id));
    const share = inside.length / action.topicIds.length;
    if (share > 0 && (!best || share > best.share)) best = { area, share };
  }
  return best && best.share >= THRESHOLDS.intentActionFocus ? best.area : null;
}

/** The plan branches into an area when one of its topics is being learnt, is the focus, or is essential now. */
function planBranchesInto(ctx: Context, area: Area): boolean {
  return area.topics.some(
    (id) =>
      ctx.input.plan.focusTopicId === id ||
      IN_PROGRESS.has(ctx.status(id)) ||
      (ctx.status(id) === 'not_started' && ctx.bucket(id) === 'essential_now'),
  );
}

const share = (actions: Move[], area: Area) =>
  actions.filter((a) => areaOf(a) === area).length / actions.length;

export const searchIntentShifted = (ctx: Context): Finding | null => {
  const daysAgo = (a: Move) => differenceInCalendarDays(ctx.now, new Date(a.at));
  const actions = learnerMoves(ctx);
  const recent = actions.filter((a) => daysAgo(a) < THRESHOLDS.intentRecentDays);
  const earlier = actions.filter(
    (a) => daysAgo(a) >= THRESHOLDS.intentRecentDays && daysAgo(a) < THRESHOLDS.intentEarlierDays,
  );
  if (
    recent.length < THRESHOLDS.intentEventsToJudge ||
    earlier.length < THRESHOLDS.intentEventsToJudge
  ) {
    return null;
  }
  const area = INTENT_AREAS.find(
    (a) =>
      share(recent, a) >= THRESHOLDS.intentNarrowShare &&
      share(earlier, a) <= THRESHOLDS.intentEarlierShareAtMost,
  );
  if (!area || planBranchesInto(ctx, area)) return null;

  const pointing = recent.filter((a) => areaOf(a) === area);
  const before = earlier.filter((a) => areaOf(a) === area).length;
  const topics = area.topics.filter((id) => ctx.topic(id));
  const first = topics.find((id) => ctx.status(id) === 'not_started');
  const actionsToTake: Action[] = [
    ...(first ? [progressAction(ctx, first, 'learning')] : []),
    {
      label: 'Branch the plan in a monthly check-in',
      intent: { kind: 'review-now', triggerId: 'interest-narrowed', review: 'monthly' },
    },
  ];
  return {
    id: 'signal.search-intent-shifted',
    kind: 'signal',
    severity: 'info',
    title: `Your searches have narrowed to ${area.title}`,
    explanation:
      `In the last ${THRESHOLDS.intentRecentDays} days ${pointing.length} of your ${recent.length} searches, opened topics, ` +
      `filters and saved postings pointed at ${area.title}: you ${listOf(
        pointing.map((a) => a.said),
        3,
      )}. ` +
      `In the ${THRESHOLDS.intentEarlierDays - THRESHOLDS.intentRecentDays} days before, ${before} of ${earlier.length} did. ` +
      `Your plan does not branch there yet: none of ${ctx.titles(topics)} is in progress or essential now.`,
    evidence: {
      ...noEvidence(),
      topics,
      postings: pointing.flatMap((a) => (a.postingId ? [a.postingId] : [])),
      dates: [pointing.at(-1)?.at ?? '', pointing[0]?.at ?? ''].filter(Boolean),
    },
    actions: actionsToTake,
  };
};
