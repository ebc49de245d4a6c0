// The common pitfalls of PRODUCT.md, each a rule over the learner's own data.
import { differenceInCalendarDays } from 'date-fns';
import { LANGUAGE_NAMES } from '../vocabulary.js';
import {
  APPLIED,
  type Context,
  listOf,
  noEvidence,
  practisedByProject,
  progressAction,
  STARTED,
  servesHttp,
  startProjectActions,
} from './context.js';
import { projectForLearner } from './planner.js';
import {
  API_DESIGN_TOPICS,
  AUTH_TOPICS,
  DEBUGGING_TOPICS,
  DELIVERY_PROJECT,
  ENDPOINT_TOPICS,
  FRAMEWORK_TOPICS,
  INFRA_TOPICS,
  SQL_TOPICS,
  STATUS_WEIGHT,
  TESTING_TOPICS,
  THRESHOLDS,
} from './thresholds.js';
import type { Action, Finding } from './types.js';

type Rule = (ctx: Context) => Finding | null;

/**
 * Several languages at once: three or more across the profile and the projects, or two while
 * nothing is deployed yet. One language learned deeply carries every later stage.
 */
const severalLanguagesEarly: Rule = (ctx) => {
  const { projects, learner } = ctx.input;
  const languages = [
    ...new Set([learner.language, ...projects.map((p) => p.language)].filter((l) => l !== null)),
  ];
  const deployed = projects.some((p) => p.deployedUrl || p.productionLike);
  if (languages.length < THRESHOLDS.languagesAtOnce && (languages.length < 2 || deployed)) {
    return null;
  }
  const names = languages.map((l) => LANGUAGE_NAMES[l]);
  const profile = learner.language ? LANGUAGE_NAMES[learner.language] : null;
  return {
    id: 'pitfall.several-languages',
    kind: 'pitfall',
    severity: 'warning',
    title: 'Several languages at once',
    explanation:
      `Your profile and projects use ${listOf(names)}${deployed ? '' : ', and nothing of yours is deployed yet'}. ` +
      `Depth in one language pays off in every later stage${profile ? `: finish what you start in ${profile}` : ': pick one'}, and come back to the others once a project of yours runs somewhere.`,
    evidence: {
      ...noEvidence(),
      projects: projects
        .filter((p) => p.language && p.language !== learner.language)
        .map((p) => p.id),
    },
    actions: [],
  };
};

/**
 * A core skill the learner keeps avoiding: none of its topics applied and no project of theirs
 * practising it. Reading about it does not count: avoidance is not putting it to use.
 */
function avoided(ctx: Context, topics: string[]) {
  if (ctx.withStatus(topics, APPLIED).length > 0 || practisedByProject(ctx, topics)) return null;
  const read = ctx.withStatus(topics, STARTED);
  return {
    read,
    /** "none of A, B and C" or "only read about A and B" */
    state:
      read.length > 0
        ? `only read about ${ctx.titles(read)}, never applied`
        : `not started ${ctx.titles(topics)}`,
    /** Start the first topic when none is started; a topic already read about is not restarted. */
    start: (first: string) =>
      read.length === 0 && ctx.topic(first) ? [progressAction(ctx, first, 'learning')] : [],
  };
}

const sqlSkipped: Rule = (ctx) => {
  // Framework topics ahead of every SQL topic: further along than the learner's best SQL status,
  // while no project of theirs practises SQL (an ORM-only project does not).
  const weight = (id: string) => STATUS_WEIGHT[ctx.status(id) as keyof typeof STATUS_WEIGHT] ?? 0;
  const sqlBest = Math.max(0, ...SQL_TOPICS.filter((id) => ctx.topic(id)).map(weight));
  const framework = ctx.withStatus(FRAMEWORK_TOPICS, STARTED).filter((id) => weight(id) > sqlBest);
  if (
    framework.length < THRESHOLDS.frameworkTopicsBeforeSql ||
    practisedByProject(ctx, SQL_TOPICS)
  ) {
    return null;
  }
  const applied = ctx.withStatus(SQL_TOPICS, APPLIED);
  const read = ctx.withStatus(SQL_TOPICS, STARTED).filter((id) => !applied.includes(id));
  const state =
    applied.length > 0
      ? `SQL stops at ${ctx.titles(applied)}${ctx.status(applied[0] ?? '') === 'fragile' ? ', still shaky' : ''}, and no project of yours writes SQL`
      : read.length > 0
        ? `only read about ${ctx.titles(read)}, never applied`
        : `not started ${ctx.titles(SQL_TOPICS)}`;
  const start =
    applied.length + read.length === 0 ? [progressAction(ctx, 'sql-basics', 'learning')] : [];
  return {
    id: 'pitfall.sql-skipped',
    kind: 'pitfall',
    severity: 'warning',
    title: 'Framework topics are moving while SQL is not',
    explanation:
      `You have taken ${ctx.titles(framework)} further than any SQL: ${state}. ` +
      'Every API ends up in a database; an ORM hides SQL until a slow or wrong query needs it.',
    evidence: { ...noEvidence(), topics: [...framework, ...SQL_TOPICS] },
    actions: [...start, avoidingReview],
  };
};

/** The roadmap's own "I keep avoiding SQL, testing or authentication" moment, raised for the learner. */
const avoidingReview: Action = {
  label: 'Face it in a monthly check-in',
  intent: { kind: 'review-now', triggerId: 'avoiding-core-skill', review: 'monthly' },
};

/** Framework and endpoint topics the learner has applied: the work a skipped skill should have gone with. */
const appliedBuilding = (ctx: Context) =>
  ctx.withStatus([...new Set([...FRAMEWORK_TOPICS, ...ENDPOINT_TOPICS])], APPLIED);

const testingSkipped: Rule = (ctx) => {
  const applied = appliedBuilding(ctx);
  const finished = ctx.input.projects.filter((p) => p.status === 'done' && servesHttp(p));
  const testing = avoided(ctx, TESTING_TOPICS);
  if (!testing) return null;
  if (applied.length < THRESHOLDS.appliedTopicsBeforeTesting && finished.length === 0) return null;
  const built =
    finished.length > 0 ? `finished ${listOf(finished.map((p) => `“${p.title}”`))}` : '';
  const knows = applied.length > 0 ? `applied ${ctx.titles(applied)}` : '';
  return {
    id: 'pitfall.testing-skipped',
    kind: 'pitfall',
    severity: 'warning',
    title: 'Building without tests',
    explanation:
      `You have ${[knows, built].filter(Boolean).join(' and ')}, but ${testing.state}. ` +
      'Code without tests only works until the next change; a test is how you know.',
    evidence: {
      ...noEvidence(),
      topics: [...applied, ...TESTING_TOPICS],
      projects: finished.map((p) => p.id),
    },
    actions: [...testing.start('unit-testing'), avoidingReview],
  };
};

const authSkipped: Rule = (ctx) => {
  const applied = appliedBuilding(ctx);
  const auth = avoided(ctx, AUTH_TOPICS);
  if (applied.length < THRESHOLDS.appliedTopicsBeforeAuth || !auth) return null;
  return {
    id: 'pitfall.auth-skipped',
    kind: 'pitfall',
    severity: 'warning',
    title: 'APIs without authentication',
    explanation:
      `You have applied ${ctx.titles(applied)}, but ${auth.state}. ` +
      'Almost every real API has users; storing a password and checking who may do what are part of building one.',
    evidence: { ...noEvidence(), topics: [...applied, ...AUTH_TOPICS] },
    actions: [...auth.start('password-hashing'), avoidingReview],
  };
};

const endpointsWithoutDesign: Rule = (ctx) => {
  const endpointProjects = ctx.input.projects.filter((p) =>
    p.topicIds.some((t) => ENDPOINT_TOPICS.includes(t)),
  );
  const endpoints = ctx.withStatus(ENDPOINT_TOPICS, APPLIED);
  if (endpointProjects.length === 0 && endpoints.length === 0) return null;
  // A design topic a project of theirs practises is being learned, whatever its status says.
  const practised = new Set(ctx.input.projects.flatMap((p) => p.topicIds));
  const missing = API_DESIGN_TOPICS.filter(
    (id) => ctx.topic(id) && ctx.status(id) === 'not_started' && !practised.has(id),
  );
  if (missing.length < 2) return null;
  const first = missing[0] ?? 'input-validation';
  return {
    id: 'pitfall.endpoints-without-api-design',
    kind: 'pitfall',
    severity: 'warning',
    title: 'Endpoints built without API design',
    explanation:
      `You build endpoints (${listOf([...endpointProjects.map((p) => `project “${p.title}”`), ...endpoints.map((id) => ctx.topic(id)?.title ?? id)])}) ` +
      `but have not started ${ctx.titles(missing)}. Clients depend on validation, pagination, status codes and a predictable error shape.`,
    evidence: {
      ...noEvidence(),
      topics: [...endpoints, ...missing],
      projects: endpointProjects.map((p) => p.id),
    },
    actions: [progressAction(ctx, first, 'learning')],
  };
};

const debuggingIgnored: Rule = (ctx) => {
  const started = ctx.topics.filter((t) => STARTED.has(ctx.status(t.id)));
  const debugging = ctx.withStatus(DEBUGGING_TOPICS, STARTED);
  if (started.length < THRESHOLDS.startedBeforeDebugging || debugging.length > 0) return null;
  return {
    id: 'pitfall.debugging-ignored',
    kind: 'pitfall',
    severity: 'info',
    title: 'Debugging and observability are still untouched',
    explanation:
      `You have started ${started.length} topics but none of ${ctx.titles(DEBUGGING_TOPICS)}. ` +
      'Reading a stack trace and a log line is what turns "it does not work" into a fix.',
    evidence: { ...noEvidence(), topics: DEBUGGING_TOPICS.filter((id) => ctx.topic(id)) },
    actions: [progressAction(ctx, 'debugging-basics', 'learning')],
  };
};

const studiedWithoutProject: Rule = (ctx) => {
  const studied = ctx.topics.filter((t) => STARTED.has(ctx.status(t.id))).map((t) => t.id);
  const begun = ctx.input.projects.filter((p) => p.status !== 'planned');
  const followed = begun.filter((p) => p.origin === 'tutorial');
  if (studied.length < THRESHOLDS.studiedWithoutProject || followed.length < begun.length) {
    return null;
  }
  const idea = projectForLearner(ctx)?.project ?? ctx.input.roadmap.projects[0];
  const topics = `You have studied ${studied.length} topics (${ctx.titles(studied)})`;
  const projects =
    followed.length === 0
      ? ' without starting a project.'
      : `, and ${listOf(followed.map((p) => `“${p.title}”`))} followed ${followed.length === 1 ? 'a tutorial' : 'tutorials'}; ` +
        'no project of yours began from a blank one.';
  return {
    id: 'pitfall.studied-without-project',
    kind: 'pitfall',
    severity: 'warning',
    title: 'Many topics studied, no independent project',
    explanation:
      `${topics}${projects} ` +
      'Topics become skills when a project you shaped yourself, with no tutorial to follow, forces you to apply them.',
    evidence: { ...noEvidence(), topics: studied, projects: followed.map((p) => p.id) },
    actions: startProjectActions(idea),
  };
};

const devopsApart: Rule = (ctx) => {
  const infra = ctx.withStatus(INFRA_TOPICS, STARTED);
  if (infra.length < THRESHOLDS.infraTopicsApart) return null;
  const { projects } = ctx.input;
  const deployed = projects.some((p) => p.deployedUrl || p.productionLike);
  if (deployed || practisedByProject(ctx, INFRA_TOPICS)) return null;
  const idea = ctx.input.roadmap.projects.find((p) => p.id === DELIVERY_PROJECT);
  const started = projects.some((p) => p.catalogueId === DELIVERY_PROJECT);
  return {
    id: 'pitfall.devops-apart',
    kind: 'pitfall',
    severity: 'warning',
    title: 'DevOps studied as a separate world',
    explanation:
      `You have started ${ctx.titles(infra)}, but no project of yours is deployed, runs in production-like ` +
      'conditions or practises any of them. These are how your own code reaches users: learn them by shipping a project through them.',
    evidence: { ...noEvidence(), topics: infra, projects: projects.map((p) => p.id) },
    actions: started ? [] : startProjectActions(idea),
  };
};

const neverDeployed: Rule = (ctx) => {
  // A course exercise or a command-line tool is not something to deploy; a web backend is.
  const done = ctx.input.projects.filter((p) => p.status === 'done' && servesHttp(p));
  // Any project running somewhere counts, finished or still being built.
  const running = ctx.input.projects.some((p) => p.deployedUrl || p.productionLike);
  if (done.length === 0 || running) return null;
  return {
    id: 'pitfall.never-deployed',
    kind: 'pitfall',
    severity: 'warning',
    title: 'Projects finished, none deployed',
    explanation:
      `${listOf(done.map((p) => `“${p.title}”`))} ${done.length === 1 ? 'is' : 'are'} done, but none has a deployed URL or ran ` +
      'in production-like conditions. Deploying exposes configuration, logs and failures that local runs hide.',
    evidence: { ...noEvidence(), projects: done.map((p) => p.id) },
    actions: [progressAction(ctx, 'environment-variables', 'learning')],
  };
};

const noRecentReview: Rule = (ctx) => {
  const last = ctx.input.reviews
    .map((r) => r.completedAt)
    .sort()
    .at(-1);
  const since = last ?? ctx.input.learner.startedAt;
  const days = differenceInCalendarDays(ctx.now, new Date(since));
  if (days < THRESHOLDS.daysWithoutReview) return null;
  return {
    id: 'pitfall.no-recent-review',
    kind: 'pitfall',
    severity: 'warning',
    title: 'No review for months: the roadmap is turning into a fixed checklist',
    explanation: last
      ? `Your last review was on ${last.slice(0, 10)}, ${days} days ago. A plan that is never reviewed stops matching your goals.`
      : `You started on ${since.slice(0, 10)}, ${days} days ago, and have not run a review yet.`,
    evidence: { ...noEvidence(), dates: [since] },
    actions: [
      {
        label: 'Run a monthly check-in now',
        intent: { kind: 'review-now', triggerId: 'coach-no-review', review: 'monthly' },
      },
    ],
  };
};

export const PITFALL_RULES: Rule[] = [
  severalLanguagesEarly,
  sqlSkipped,
  testingSkipped,
  authSkipped,
  endpointsWithoutDesign,
  debuggingIgnored,
  studiedWithoutProject,
  neverDeployed,
  devopsApart,
  noRecentReview,
];
