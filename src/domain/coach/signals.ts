// Signals that the roadmap itself needs revising, each a rule over the learner's own data.

import type { Project } from '../content/schema.js';
import { REVIEW_NAMES, type ReviewType, STATUS_WORDS } from '../vocabulary.js';
import {
  APPLIED,
  bottleneck,
  type Context,
  listOf,
  noEvidence,
  progressAction,
  startProjectActions,
  statusesAt,
} from './context.js';
import { searchIntentShifted } from './intent.js';
import { projectServing } from './planner.js';
import {
  BACKEND_OWNERSHIP,
  BEHAVIOUR_AREAS,
  ENDPOINT_TOPICS,
  FRAMEWORK_TOPICS,
  FULL_STACK_WORDS,
  ROLE_COLUMNS,
  THRESHOLDS,
  WEB_BASICS_TOPIC,
} from './thresholds.js';
import type { Action, CoachProject, Finding } from './types.js';

type Rule = (ctx: Context) => Finding | null;

/** "a monthly check-in", "an annual reset" */
const aReview = (review: ReviewType) =>
  `${/^[aeiou]/.test(REVIEW_NAMES[review]) ? 'an' : 'a'} ${REVIEW_NAMES[review]}`;

/**
 * "Review now", for a reason the coach names. When the roadmap lists the same trigger, the
 * roadmap decides which review it opens (the API does too), so the label names that review.
 */
const reviewAction = (
  ctx: Context,
  doing: string,
  triggerId: string,
  otherwise: ReviewType,
): Action => {
  const known = ctx.input.roadmap.revisitTriggers.find((t) => t.id === triggerId);
  const review = known?.review ?? otherwise;
  return {
    label: `${doing} in ${aReview(review)}`,
    intent: { kind: 'review-now', triggerId, review },
  };
};

const partTopics = (id: string): readonly string[] =>
  BACKEND_OWNERSHIP.find((part) => part.id === id)?.topics ?? [];

/** The parts of backend ownership a project shows, by the topics it practises. */
const ownedParts = (project: CoachProject): string[] =>
  BACKEND_OWNERSHIP.filter((part) =>
    part.id === 'deployed'
      ? Boolean(project.deployedUrl || project.productionLike) &&
        project.topicIds.some((id) => ENDPOINT_TOPICS.includes(id))
      : project.topicIds.some((id) => partTopics(part.id).includes(id)),
  ).map((part) => part.id);

/** A practice project that owns the backend core: data in SQL and CRUD endpoints. */
const ownsCore = (project: Project) =>
  ['data', 'crud'].every((id) => project.topics.some((t) => partTopics(id).includes(t)));

const projectsOffTargetRole: Rule = (ctx) => {
  const role = ctx.input.learner.targetRole?.toLowerCase();
  // Judged on finished work: a beginner's first exercises under way say little about a role.
  const projects = ctx.input.projects.filter((p) => p.status === 'done');
  if (!role || projects.length < THRESHOLDS.projectsToJudgeRole) return null;
  const wanted = ROLE_COLUMNS.find((r) => r.words.some((w) => role.includes(w)));
  if (!wanted) return null;
  const list = listOf(projects.map((p) => `“${p.title}”`));
  const action = reviewAction(ctx, 'Re-plan', 'projects-off-role', 'quarterly');

  if (wanted.column === 'api-design') {
    // A backend role: some project must own a backend — a data model in SQL behind CRUD endpoints.
    const owned = new Set(projects.flatMap(ownedParts));
    const core = projects.some((p) => {
      const parts = ownedParts(p);
      return parts.includes('data') && parts.includes('crud');
    });
    if (core) return null;
    const missing = BACKEND_OWNERSHIP.filter((part) => !owned.has(part.id));
    const idea = projectServing(ctx, ownsCore);
    return {
      id: 'signal.projects-off-target-role',
      kind: 'signal',
      severity: 'warning',
      title: 'Your projects do not show backend work yet',
      explanation:
        `You are aiming for “${ctx.input.learner.targetRole}”, but none of your ${projects.length} projects (${list}) owns a backend: ` +
        `a data model in SQL behind CRUD endpoints. Across them, ${listOf(missing.map((m) => m.title))} ${missing.length === 1 ? 'is' : 'are'} missing.`,
      evidence: { ...noEvidence(), projects: projects.map((p) => p.id) },
      actions: [...startProjectActions(idea), action],
    };
  }
  const serving = projects.filter((p) =>
    p.topicIds.some((id) => ctx.topic(id)?.column === wanted.column),
  );
  if (serving.length > 0) return null;
  const column = ctx.input.roadmap.columns.find((c) => c.id === wanted.column);
  // A practice project with several topics of the role's column.
  const idea = projectServing(
    ctx,
    (p) =>
      p.topics.filter((id) => ctx.topic(id)?.column === wanted.column).length >=
      THRESHOLDS.roleProjectTopics,
  );
  return {
    id: 'signal.projects-off-target-role',
    kind: 'signal',
    severity: 'warning',
    title: 'Your projects do not match your target role',
    explanation:
      `You are aiming for “${ctx.input.learner.targetRole}”, which leans on ${column?.title ?? wanted.column}, ` +
      `but none of your ${projects.length} projects (${list}) practises a topic there.`,
    evidence: { ...noEvidence(), projects: projects.map((p) => p.id) },
    actions: [...startProjectActions(idea), action],
  };
};

/**
 * A full-stack role needs a frontend path beside this backend one: until the learner has applied
 * the web basics, point them there, and from there to a frontend roadmap.
 */
const fullStackNeedsFrontend: Rule = (ctx) => {
  const role = ctx.input.learner.targetRole;
  if (!role || !FULL_STACK_WORDS.some((w) => role.toLowerCase().includes(w))) return null;
  const basics = ctx.topic(WEB_BASICS_TOPIC);
  if (!basics || APPLIED.has(ctx.status(basics.id))) return null;
  const started = ctx.status(basics.id) !== 'not_started';
  return {
    id: 'signal.full-stack-needs-frontend',
    kind: 'signal',
    severity: 'info',
    title: 'A full-stack role needs a frontend path too',
    explanation:
      `You are aiming for “${role}”. This roadmap covers the backend half; the other half is HTML, CSS, ` +
      `JavaScript in the browser and a UI framework. “${basics.title}” ${started ? 'is under way' : 'is the place to start'}: ` +
      'its resources link a frontend roadmap to follow beside this one once the basics are solid.',
    evidence: { ...noEvidence(), topics: [basics.id] },
    actions: started ? [] : [progressAction(ctx, basics.id, 'learning')],
  };
};

const frameworkWithoutBehaviour: Rule = (ctx) => {
  const known = ctx.withStatus(FRAMEWORK_TOPICS, APPLIED);
  if (known.length < THRESHOLDS.frameworkTopicsKnown) return null;
  const understood = (id: string) =>
    ['theoretical', 'fragile', 'comfortable'].includes(ctx.status(id));
  const missing = BEHAVIOUR_AREAS.filter((area) => {
    const topics = area.topics.filter((id) => ctx.topic(id));
    return topics.length > 0 && !topics.some(understood);
  });
  if (missing.length < THRESHOLDS.behaviourAreasMissing) return null;
  const first = missing
    .flatMap((area) => area.topics.filter((id) => ctx.topic(id)))
    .find((id) => ctx.status(id) === 'not_started');
  return {
    id: 'signal.framework-without-behaviour',
    kind: 'signal',
    severity: 'warning',
    title: 'Framework syntax known, system behaviour not yet',
    explanation:
      `You apply ${ctx.titles(known)}, but ${missing.length} of the ${BEHAVIOUR_AREAS.length} parts of how a backend behaves are untouched: ` +
      `${listOf(
        missing.map((m) => `${m.title} (${ctx.titles(m.topics.filter((id) => ctx.topic(id)))})`),
        5,
      )}. ` +
      'Interviews and incidents ask how the system behaves underneath, not how the framework is spelt.',
    evidence: { ...noEvidence(), topics: [...known, ...missing.flatMap((m) => m.topics)] },
    actions: first ? [progressAction(ctx, first, 'learning')] : [],
  };
};

const postingsRepeatGaps: Rule = (ctx) => {
  const postings = ctx.input.postings;
  if (postings.length === 0) return null;
  const counts = new Map<string, number>();
  for (const posting of postings)
    for (const id of new Set(posting.topicIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const needed = Math.max(
    THRESHOLDS.postingsRepeatingSkill,
    Math.ceil(postings.length * THRESHOLDS.postingsRepeatingShare),
  );
  // A skill is proved by a project of the learner's that practises it, or by being comfortable.
  const proved = (id: string) =>
    ctx.status(id) === 'comfortable' ||
    ctx.input.projects.some((p) => p.status !== 'planned' && p.topicIds.includes(id));
  const gaps = [...counts]
    .filter(
      ([id, n]) => n >= needed && ctx.topic(id) && ctx.status(id) !== 'skipped' && !proved(id),
    )
    // Prerequisites first: a gap is listed after the gaps it builds on, then the most asked first.
    .sort(([a, na], [b, nb]) => ctx.stageIndex(a) - ctx.stageIndex(b) || nb - na);
  if (gaps.length === 0) return null;
  const described = gaps.map(
    ([id, n]) =>
      `${ctx.topic(id)?.title ?? id} (${n} of ${postings.length}, ${STATUS_WORDS[ctx.status(id)]})`,
  );
  const first = gaps.map(([id]) => id).find((id) => ctx.status(id) === 'not_started');
  return {
    id: 'signal.postings-repeat-gaps',
    kind: 'signal',
    severity: 'warning',
    title: 'Job postings keep asking for what no project of yours proves',
    explanation:
      `Your saved postings repeatedly ask for ${listOf(described, 6)}, and no project of yours practises ${gaps.length === 1 ? 'it' : 'them'} yet. ` +
      'Reading about a skill is not what an interviewer asks about: build with it.',
    evidence: {
      ...noEvidence(),
      topics: gaps.map(([id]) => id),
      postings: postings
        .filter((p) => p.topicIds.some((id) => gaps.some(([g]) => g === id)))
        .map((p) => p.id),
    },
    actions: first ? [progressAction(ctx, first, 'learning')] : [],
  };
};

const lastReview = (ctx: Context) =>
  [...ctx.input.reviews].sort((a, b) => a.completedAt.localeCompare(b.completedAt)).at(-1);

const contentChanged: Rule = (ctx) => {
  const last = lastReview(ctx);
  const { version, changelog } = ctx.input.roadmap;
  if (!last || last.roadmapVersion >= version) return null;
  const changes = changelog
    .filter((c) => c.version > last.roadmapVersion)
    .flatMap((c) => c.changes);
  return {
    id: 'signal.roadmap-content-changed',
    kind: 'signal',
    severity: 'info',
    title: 'The roadmap changed since your last review',
    explanation:
      `Your last review (${last.completedAt.slice(0, 10)}) saw version ${last.roadmapVersion}; the roadmap is now version ${version}: ` +
      `${listOf(changes, 3)}`,
    evidence: { ...noEvidence(), dates: [last.completedAt] },
    actions: [
      reviewAction(ctx, 'Review the plan against the new version', 'roadmap-changed', 'quarterly'),
    ],
  };
};

const bottleneckMoved: Rule = (ctx) => {
  const last = lastReview(ctx);
  if (!last) return null;
  const before = bottleneck(ctx, statusesAt(ctx, last.completedAt));
  const now = bottleneck(ctx);
  if (!before || !now || before === now) return null;
  const title = (id: string) => ctx.input.roadmap.columns.find((c) => c.id === id)?.title ?? id;
  const fragileNow = ctx.topics.filter((t) => t.column === now && ctx.status(t.id) === 'fragile');
  return {
    id: 'signal.bottleneck-moved',
    kind: 'signal',
    severity: 'info',
    title: 'Your bottleneck moved',
    explanation:
      `At your last review (${last.completedAt.slice(0, 10)}) most fragile topics were in ${title(before)}; now they are in ` +
      `${title(now)} (${ctx.titles(fragileNow.map((t) => t.id))}). The plan should follow.`,
    evidence: { ...noEvidence(), topics: fragileNow.map((t) => t.id), dates: [last.completedAt] },
    actions: [reviewAction(ctx, 'Re-prioritise', 'bottleneck-moved', 'quarterly')],
  };
};

export const SIGNAL_RULES: Rule[] = [
  projectsOffTargetRole,
  fullStackNeedsFrontend,
  frameworkWithoutBehaviour,
  postingsRepeatGaps,
  contentChanged,
  bottleneckMoved,
  searchIntentShifted,
];
