// "Search intent has shifted": the learner's recent searches, opened topics, column filters and
// saved postings converge on one narrow area their plan does not branch into yet.
import { subDays } from 'date-fns';
import { type Context, IN_PROGRESS, listOf, noEvidence, progressAction } from './context.js';
import { INTENT_AREAS, THRESHOLDS } from './thresholds.js';
import type { Action, CoachInput, Finding } from './types.js';

type Area = (typeof INTENT_AREAS)[number];

/** One move of the learner's: the topics it names, when, and how to tell them about it. */
interface Move {
  at: string;
  topicIds: string[];
  /** The narrow area most of its topics lie in, or null for a broad move. */
  area: Area | null;
  said: string;
  postingId?: string;
}

/** Each topic's searchable text (title and aliases, lower-cased), built once per coach run. */
function searchTexts(ctx: Context): [string, string][] {
  return ctx.topics.map((t) => [t.id, [t.title, ...t.aliases].join('\n').toLowerCase()]);
}

/** "sql join" finds "SQL joins": every word of the search in a topic's title or aliases. */
function topicsSearched(texts: [string, string][], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return texts.filter(([, text]) => words.every((word) => text.includes(word))).map(([id]) => id);
}

/** Which area each topic belongs to; the areas are disjoint. */
const AREA_OF_TOPIC = new Map<string, Area>(
  INTENT_AREAS.flatMap((area) => area.topics.map((id) => [id, area] as const)),
);

/** The area most of a move's topics lie in, or null for a broad move. */
function areaOf(topicIds: string[]): Area | null {
  const counts = new Map<Area, number>();
  for (const id of topicIds) {
    const area = AREA_OF_TOPIC.get(id);
    if (area) counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  let best: { area: Area; count: number } | null = null;
  for (const [area, count] of counts) if (!best || count > best.count) best = { area, count };
  return best && best.count / topicIds.length >= THRESHOLDS.intentActionFocus ? best.area : null;
}

/** What one roadmap move names: the topics, their area, and how to tell the learner of it. */
function describeActivity(
  ctx: Context,
  texts: () => [string, string][],
  { kind, value }: CoachInput['activity'][number],
): Omit<Move, 'at'> {
  if (kind === 'search') {
    const topicIds = topicsSearched(texts(), value);
    return { topicIds, area: areaOf(topicIds), said: `searched “${value}”` };
  }
  if (kind === 'column') {
    const column = ctx.input.roadmap.columns.find((c) => c.id === value);
    const topicIds = ctx.topics.filter((t) => t.column === value).map((t) => t.id);
    return {
      topicIds,
      area: areaOf(topicIds),
      said: `filtered the roadmap to ${column?.title ?? value}`,
    };
  }
  const topic = ctx.topic(value);
  const topicIds = topic ? [topic.id] : [];
  return { topicIds, area: areaOf(topicIds), said: `opened “${topic?.title ?? value}”` };
}

/** What the learner did since an instant that says where their interest lies, newest first. */
function learnerMoves(ctx: Context, since: string): Move[] {
  let texts: [string, string][] | undefined;
  const searchable = () => {
    texts ??= searchTexts(ctx);
    return texts;
  };
  // Learners repeat themselves: each distinct search, filter or topic is worked out once.
  const described = new Map<string, Omit<Move, 'at'>>();
  const fromActivity = ctx.input.activity
    .filter((a) => a.at >= since)
    .map((activity): Move => {
      const key = `${activity.kind}\u0000${activity.value}`;
      let about = described.get(key);
      if (!about) {
        about = describeActivity(ctx, searchable, activity);
        described.set(key, about);
      }
      return { at: activity.at, ...about };
    });
  const fromPostings = ctx.input.postings
    .filter((p) => p.createdAt >= since)
    .map(
      (p): Move => ({
        at: p.createdAt,
        topicIds: p.topicIds,
        area: areaOf(p.topicIds),
        said: p.title
          ? `saved the posting “${p.title}”`
          : `saved a posting on ${p.createdAt.slice(0, 10)}`,
        postingId: p.id,
      }),
    );
  return [...fromActivity, ...fromPostings]
    .filter((m) => m.topicIds.length > 0)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
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

const share = (moves: Move[], area: Area) =>
  moves.filter((m) => m.area === area).length / moves.length;

export const searchIntentShifted = (ctx: Context): Finding | null => {
  // Instants as ISO strings, which compare in time order, so no move's date is parsed.
  const daysBack = (days: number) => subDays(ctx.now, days).toISOString();
  const recentSince = daysBack(THRESHOLDS.intentRecentDays);
  const earlierSince = daysBack(THRESHOLDS.intentEarlierDays);
  const moves = learnerMoves(ctx, earlierSince);
  const recent = moves.filter((m) => m.at >= recentSince);
  const earlier = moves.filter((m) => m.at >= earlierSince && m.at < recentSince);
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

  const pointing = recent.filter((m) => m.area === area);
  const before = earlier.filter((m) => m.area === area).length;
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
