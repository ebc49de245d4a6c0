// The planner: one answer to "what now?" — the focus, what to park, at most three topics and the
// one next project — decided from the findings, the postings, the weakest column, prerequisites,
// buckets and how far the learner has come. The dashboard, the one-page view and the coach all
// show this answer, so they cannot contradict each other.
import { format } from 'date-fns';
import type { Project, Topic } from '../content/schema.js';
import { REVIEW_NAMES, type ReviewType, type Status } from '../vocabulary.js';
import {
  APPLIED,
  begunIdeas,
  type Context,
  goalsFirst,
  IN_PROGRESS,
  weakestColumn,
} from './context.js';
import { MAJOR_TOOLS, THRESHOLDS } from './thresholds.js';
import type { Finding, NextSteps, NextTopic, ParkedTopic } from './types.js';

const BUCKET_ORDER = { essential_now: 0, useful_next: 1, optional_later: 2 } as const;
const SIZE_ORDER = { small: 0, medium: 1, large: 2 } as const;
/** Three months, the quarterly refresh's cycle. */
const QUARTER_MS = 91 * 86_400_000;

const chosenOn = (chosen: { type: ReviewType; completedAt: string }) =>
  `your ${REVIEW_NAMES[chosen.type]} on ${format(new Date(chosen.completedAt), 'd MMM yyyy')}`;

/** A topic is ready when each prerequisite is applied, skipped, or not in this learner's roadmap. */
export function ready(ctx: Context, topic: Topic): boolean {
  return topic.prerequisites.every(
    (id) => !ctx.topic(id) || APPLIED.has(ctx.status(id)) || ctx.status(id) === 'skipped',
  );
}

/** A major tool waits until one of the learner's own projects practises it. */
export function justified(ctx: Context, topicId: string): boolean {
  return (
    !MAJOR_TOOLS.includes(topicId) || ctx.input.projects.some((p) => p.topicIds.includes(topicId))
  );
}

/** Worked out once per coach run: every rule and every candidate asks. */
const reachedStages = new WeakMap<Context, number>();

/**
 * How far the learner has come: the last of the ordered stages, walking from the first, in which
 * they have started at least a third of the topics essential for them now (-1 before the first).
 * A stage skipped over stops the walk: topics started further on do not make up for it.
 */
export function reachedStage(ctx: Context): number {
  const known = reachedStages.get(ctx);
  if (known !== undefined) return known;
  let reached = -1;
  for (const [index, stage] of ctx.input.roadmap.stages.entries()) {
    if (stage.optional) break;
    const essential = ctx.topics.filter(
      (t) => t.stage === stage.id && ctx.bucket(t.id) === 'essential_now',
    );
    const started = essential.filter((t) => ctx.status(t.id) !== 'not_started');
    if (essential.length > 0 && started.length / essential.length < THRESHOLDS.stageReachedShare) {
      break;
    }
    reached = index;
  }
  reachedStages.set(ctx, reached);
  return reached;
}

/**
 * The furthest stage a practice project may come from: the stage reached, or the one after it
 * once the learner has begun that one or applied half of the reached stage's essentials. A
 * week-two beginner gets a project of the first stage, not the second.
 */
function projectReach(ctx: Context): number {
  const reached = reachedStage(ctx);
  if (reached < 0) return 0;
  const inStage = (index: number) => {
    const stage = ctx.input.roadmap.stages[index]?.id;
    return ctx.topics.filter((t) => t.stage === stage && ctx.bucket(t.id) === 'essential_now');
  };
  const essential = inStage(reached);
  const applied = essential.filter((t) => APPLIED.has(ctx.status(t.id)));
  const begunNext = inStage(reached + 1).some((t) => ctx.status(t.id) !== 'not_started');
  return begunNext || applied.length / essential.length >= THRESHOLDS.stageAppliedShare
    ? reached + 1
    : reached;
}

/** Topics of a project the learner has started but not made solid: what it would put to use. */
const toApply = (ctx: Context, project: Project) =>
  project.topics.filter((id) => ctx.topic(id) && IN_PROGRESS.has(ctx.status(id)));

/**
 * The practice project that best puts the learner's studied topics to use and exercises their
 * weakest column, among those not begun, within reach and not already mostly mastered.
 */
export function projectForLearner(
  ctx: Context,
  accept: (project: Project) => boolean = () => true,
): { project: Project; applies: string[]; weakest: string[] } | null {
  const weakest = weakestColumn(ctx);
  const stageOrder = new Map(ctx.input.roadmap.stages.map((s, i) => [s.id, i]));
  const begun = begunIdeas(ctx);
  const reach = projectReach(ctx);
  const scored = ctx.input.roadmap.projects
    .filter((p) => {
      // From the stage before the one reached to the reach: a project of a stage left behind
      // teaches little.
      const stage = stageOrder.get(p.stage) ?? 0;
      return !begun.has(p.id) && stage <= reach && stage >= reachedStage(ctx) - 1;
    })
    .filter(accept)
    .filter((p) => {
      const solid = p.topics.filter((id) => ctx.status(id) === 'comfortable').length;
      return solid / p.topics.length < THRESHOLDS.projectMasteredShare;
    })
    .map((project) => {
      const applies = toApply(ctx, project);
      const inWeakest = project.topics.filter(
        (id) =>
          weakest?.topics.includes(id) &&
          !APPLIED.has(ctx.status(id)) &&
          !IN_PROGRESS.has(ctx.status(id)),
      );
      // Studied but unapplied topics weigh most: putting study to use is what a project is for;
      // a shaky applied topic gains from it too, less.
      const unapplied = applies.filter((id) => ctx.status(id) !== 'fragile').length;
      const shaky = applies.length - unapplied;
      return {
        project,
        applies,
        weakest: inWeakest,
        score: 2 * unapplied + shaky + inWeakest.length,
      };
    })
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (stageOrder.get(a.project.stage) ?? 0) - (stageOrder.get(b.project.stage) ?? 0) ||
        SIZE_ORDER[a.project.size] - SIZE_ORDER[b.project.size],
    );
  return scored[0] ?? null;
}

/** The best practice project within reach that `accept`s, else the first not begun that does. */
export function projectServing(
  ctx: Context,
  accept: (project: Project) => boolean,
): Project | undefined {
  const begun = begunIdeas(ctx);
  return (
    projectForLearner(ctx, accept)?.project ??
    ctx.input.roadmap.projects.find((p) => accept(p) && !begun.has(p.id))
  );
}

/** Whether a project chosen in a review still stands: not begun, not stale, not outgrown. */
function chosenStillStands(ctx: Context, project: Project): boolean {
  const chosen = ctx.input.plan.projectChosenIn;
  if (ctx.input.projects.some((p) => p.catalogueId === project.id)) return false;
  // A quarterly refresh has come due since, and it is the review that re-chooses.
  if (chosen && ctx.now.getTime() - Date.parse(chosen.completedAt) > QUARTER_MS) return false;
  const stage = ctx.input.roadmap.stages.findIndex((s) => s.id === project.stage);
  if (reachedStage(ctx) > stage) return false;
  // Outgrown: since the choice the learner finished a practice project of this stage or a later one.
  const stageOf = (id: string | null) =>
    ctx.input.roadmap.stages.findIndex(
      (s) => s.id === ctx.input.roadmap.projects.find((c) => c.id === id)?.stage,
    );
  return !ctx.input.projects.some(
    (p) =>
      p.status === 'done' &&
      p.completedAt !== null &&
      (!chosen || p.completedAt > chosen.completedAt) &&
      stageOf(p.catalogueId) >= stage,
  );
}

function chooseProject(ctx: Context, findings: Finding[]): NextSteps['project'] {
  const catalogue = ctx.input.roadmap.projects;
  const begun = begunIdeas(ctx);
  // Signals (about the learner's goals) before pitfalls, as for the next topics.
  for (const finding of goalsFirst(findings)) {
    for (const action of finding.actions) {
      const { intent } = action;
      if (intent.kind !== 'start-project' || begun.has(intent.catalogueId)) continue;
      const project = catalogue.find((p) => p.id === intent.catalogueId);
      if (project) {
        return {
          catalogueId: project.id,
          title: project.title,
          reason: `It answers “${finding.title}”.`,
        };
      }
    }
  }
  const chosen = catalogue.find((p) => p.id === ctx.input.plan.nextProjectId);
  const chosenIn = ctx.input.plan.projectChosenIn;
  if (chosen && chosenStillStands(ctx, chosen)) {
    return {
      catalogueId: chosen.id,
      title: chosen.title,
      reason: chosenIn ? `You chose it in ${chosenOn(chosenIn)}.` : 'You chose it in a review.',
    };
  }
  const best = projectForLearner(ctx);
  if (!best) return null;
  const weakest = weakestColumn(ctx);
  const parts = [
    best.applies.length > 0
      ? `it puts ${ctx.titles(best.applies)}, which you have started but not made solid, to use`
      : '',
    best.weakest.length > 0 && weakest
      ? `it practises ${ctx.titles(best.weakest)} in ${weakest.title}, your weakest column`
      : '',
  ].filter(Boolean);
  return {
    catalogueId: best.project.id,
    title: best.project.title,
    reason: `${parts.join(', and ').replace(/^./, (c) => c.toUpperCase())}.`,
  };
}

/** Topics the findings say to set aside for now, with the reason in the finding's words. */
function setAside(ctx: Context, findings: Finding[]): Map<string, string> {
  const aside = new Map<string, string>();
  for (const finding of findings) {
    if (finding.id !== 'balance.advanced-before-basics') continue;
    for (const id of finding.evidence.topics) {
      aside.set(id, `“${finding.title}”: it waits until a small API of yours is deployed.`);
    }
  }
  for (const t of ctx.topics) {
    if (IN_PROGRESS.has(ctx.status(t.id)) && !justified(ctx, t.id) && !aside.has(t.id)) {
      aside.set(t.id, 'A major tool: it waits until a project of yours needs it.');
    }
  }
  return aside;
}

/** Why an open topic is worth continuing, in words that fit its status. */
function openReason(ctx: Context, topic: Topic): string {
  const status = ctx.status(topic.id);
  if (status === 'fragile') return 'Applied but shaky: one more piece of practice makes it solid.';
  if (status === 'learning') return 'In progress: finish it before starting something new.';
  const project = ctx.input.roadmap.projects.find((p) => p.topics.includes(topic.id));
  return project
    ? `Studied, not yet applied: “${project.title}” would put it to use.`
    : 'Studied, not yet applied: check yourself against its can-do list.';
}

function newReason(ctx: Context, topic: Topic): string {
  const prerequisites = topic.prerequisites.filter((id) => ctx.topic(id));
  return (
    `${ctx.bucket(topic.id) === 'essential_now' ? 'Essential now' : 'Useful next'} in ` +
    `${ctx.input.roadmap.stages[ctx.stageIndex(topic.id)]?.title ?? topic.stage}` +
    (prerequisites.length > 0
      ? `; its prerequisites (${ctx.titles(prerequisites)}) are in place.`
      : '.')
  );
}

/**
 * The next topics, in the planner's order of reasons:
 * 1. topics being learnt now (finish what is started) up to the stage after the one reached,
 *    nearest the learner's frontier first;
 * 2. what the next project needs: its unapplied topics, then its new ones, then its fragile ones;
 * 3. what the findings ask for, signals (about goals) before pitfalls;
 * 4. fragile essentials near the frontier (one more piece of practice);
 * 5. what the postings keep asking for; 6. the weakest column;
 * 7. the other begun essentials near the frontier; 8. new topics by bucket, then stage.
 * Near the frontier means from the stage before the one reached to the stage after it: a
 * foundation topic left fragile months ago is applied, not the next thing to do. Places are
 * "full" while as many topics are begun and unapplied (learning, theoretical) as there are
 * places: then nothing new starts.
 */
function chooseTopics(
  ctx: Context,
  findings: Finding[],
  project: NextSteps['project'],
  exclude: Set<string>,
  places: number,
): NextTopic[] {
  const picked: NextTopic[] = [];
  const status = (t: Topic) => ctx.status(t.id);
  const open = ctx.topics.filter((t) => IN_PROGRESS.has(status(t)) && !exclude.has(t.id));
  const unapplied = open.filter((t) => status(t) === 'learning' || status(t) === 'theoretical');
  const full = unapplied.length >= places;
  const reached = reachedStage(ctx);
  const nearFrontier = (t: Topic) =>
    ctx.stageIndex(t.id) >= reached - 1 && ctx.stageIndex(t.id) <= reached + 1;
  // Nearest the frontier first: the furthest stage within reach, then roadmap order.
  const frontierFirst = (a: Topic, b: Topic) =>
    Math.min(ctx.stageIndex(b.id), reached + 1) - Math.min(ctx.stageIndex(a.id), reached + 1);
  const byStage = (a: Topic, b: Topic) => ctx.stageIndex(a.id) - ctx.stageIndex(b.id);
  const essential = (t: Topic) => ctx.bucket(t.id) === 'essential_now';
  const startable = (t: Topic) =>
    status(t) === 'not_started' && ready(ctx, t) && justified(ctx, t.id);
  const take = (topics: (Topic | undefined)[], reason: (t: Topic) => string) => {
    for (const topic of topics) {
      if (!topic || picked.length >= places || exclude.has(topic.id)) continue;
      if (picked.some((p) => p.topicId === topic.id)) continue;
      picked.push({
        topicId: topic.id,
        title: topic.title,
        status: status(topic),
        reason: reason(topic),
      });
    }
  };

  const learning = open
    .filter((t) => status(t) === 'learning' && !optional(ctx, t))
    .filter((t) => ctx.stageIndex(t.id) <= reached + 1)
    .sort(frontierFirst);
  take(learning, (t) => openReason(ctx, t));
  const idea = ctx.input.roadmap.projects.find((p) => p.id === project?.catalogueId);
  const forProject = () => `Your next project, “${idea?.title}”, needs it.`;
  const ideaTopics = (idea?.topics ?? []).flatMap((id) => ctx.topic(id) ?? []);
  take(
    ideaTopics.filter((t) => unapplied.includes(t)),
    forProject,
  );
  if (!full) {
    take(
      ideaTopics.filter((t) => startable(t) && !optional(ctx, t)),
      forProject,
    );
  }
  take(
    ideaTopics.filter((t) => status(t) === 'fragile'),
    forProject,
  );

  // While the places are full, a finding may bring a begun topic forward but not start a new one.
  const asked = goalsFirst(findings).flatMap((finding) =>
    finding.actions.flatMap(({ intent }) => {
      const topic = intent.kind === 'set-status' ? ctx.topic(intent.topicId) : undefined;
      return topic && (IN_PROGRESS.has(status(topic)) || (!full && startable(topic)))
        ? [{ topic, finding }]
        : [];
    }),
  );
  take(
    asked.map((a) => a.topic),
    (t) => `The coach noticed “${asked.find((a) => a.topic.id === t.id)?.finding.title}”.`,
  );
  take(
    open
      .filter((t) => status(t) === 'fragile' && essential(t) && nearFrontier(t))
      .sort(frontierFirst),
    (t) => openReason(ctx, t),
  );
  const gaps = findings.find((f) => f.id === 'signal.postings-repeat-gaps')?.evidence.topics ?? [];
  take(
    gaps
      .map((id) => ctx.topic(id))
      .filter((t) => t && (IN_PROGRESS.has(status(t)) || (!full && startable(t)))),
    () => 'Your saved postings keep asking for it, and no project of yours proves it yet.',
  );
  const weakest = weakestColumn(ctx);
  take(
    ctx.topics
      .filter(
        (t) => t.column === weakest?.id && essential(t) && ctx.stageIndex(t.id) <= reached + 1,
      )
      .filter((t) => unapplied.includes(t) || (!full && startable(t)))
      .sort(byStage),
    () => `In ${weakest?.title}, your weakest column.`,
  );
  take(open.filter((t) => essential(t) && nearFrontier(t)).sort(frontierFirst), (t) =>
    openReason(ctx, t),
  );
  if (!full) {
    take(
      ctx.topics
        .filter((t) => startable(t) && !optional(ctx, t))
        .sort(
          (a, b) =>
            BUCKET_ORDER[ctx.bucket(a.id)] - BUCKET_ORDER[ctx.bucket(b.id)] || byStage(a, b),
        ),
      (t) => newReason(ctx, t),
    );
  }
  take(unapplied.sort(frontierFirst), (t) => openReason(ctx, t));
  return picked;
}

const optional = (ctx: Context, t: Topic) => ctx.bucket(t.id) === 'optional_later';

/** Why an open topic is parked, with a rank: the most telling reasons are listed first. */
function parkReason(
  ctx: Context,
  topic: Topic,
  aside: Map<string, string>,
): { rank: number; reason: string } {
  const bucket = ctx.bucket(topic.id);
  const asideReason = aside.get(topic.id);
  if (asideReason) return { rank: 0, reason: asideReason };
  if (bucket === 'optional_later') return { rank: 1, reason: 'Optional later at your level.' };
  if (ctx.stageIndex(topic.id) > reachedStage(ctx) + 1) {
    const stage = ctx.input.roadmap.stages[ctx.stageIndex(topic.id)]?.title ?? topic.stage;
    return { rank: 2, reason: `${stage} comes later: the stages before it come first.` };
  }
  if (bucket === 'useful_next') return { rank: 3, reason: 'Useful next, not essential now.' };
  return {
    rank: 4,
    reason:
      'Essential, but one thing at a time: come back to it once your focus and next topics are solid.',
  };
}

export function plan(ctx: Context, findings: Finding[]): NextSteps {
  const weakest = weakestColumn(ctx);
  const aside = setAside(ctx, findings);
  const project = chooseProject(ctx, findings);

  const focusTopic = ctx.input.plan.focusTopicId
    ? ctx.topic(ctx.input.plan.focusTopicId)
    : undefined;
  const focusStands =
    focusTopic !== undefined &&
    !aside.has(focusTopic.id) &&
    !['comfortable', 'skipped'].includes(ctx.status(focusTopic.id));
  const chosenIn = ctx.input.plan.focusChosenIn;
  const focus =
    focusTopic && focusStands
      ? {
          topicId: focusTopic.id,
          title: focusTopic.title,
          status: ctx.status(focusTopic.id),
          reason: chosenIn ? `Chosen in ${chosenOn(chosenIn)}.` : 'Chosen in a review.',
        }
      : null;

  const open = ctx.topics.filter((t) => IN_PROGRESS.has(ctx.status(t.id)));
  const places =
    THRESHOLDS.maxInProgress - (focus && IN_PROGRESS.has(focus.status as Status) ? 1 : 0);
  const exclude = new Set([...aside.keys(), ...(focus ? [focus.topicId] : [])]);
  const topics = chooseTopics(ctx, findings, project, exclude, places);

  // Parking is for topics begun and not yet applied; a fragile topic is applied and stays.
  const unapplied = (t: Topic) => ['learning', 'theoretical'].includes(ctx.status(t.id));
  const overloaded = open.filter(unapplied).length > THRESHOLDS.parkWhenOpenOver;
  const kept = new Set([...topics.map((t) => t.topicId), ...(focus ? [focus.topicId] : [])]);
  const park: ParkedTopic[] = open
    .filter((t) => !kept.has(t.id) && ((overloaded && unapplied(t)) || aside.has(t.id)))
    .map((t) => {
      const { rank, reason } = parkReason(ctx, t, aside);
      const wasFocus = t.id === focusTopic?.id && chosenIn;
      return {
        rank,
        parked: {
          topicId: t.id,
          title: t.title,
          status: ctx.status(t.id),
          reason: wasFocus ? `Made the focus in ${chosenOn(chosenIn)}, but: ${reason}` : reason,
        },
      };
    })
    .sort(
      (a, b) =>
        a.rank - b.rank || ctx.stageIndex(b.parked.topicId) - ctx.stageIndex(a.parked.topicId),
    )
    .map(({ parked }) => parked);

  return {
    focus,
    park,
    topics,
    weakestColumn: weakest
      ? { id: weakest.id, title: weakest.title, strength: weakest.strength }
      : null,
    project,
  };
}
