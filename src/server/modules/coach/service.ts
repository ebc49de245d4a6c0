// The coach, the one-page roadmap and progress over time: gathers what the domain functions read
// about one learner through the other modules' services, then asks the domain.
import { coach } from '../../../domain/coach/coach.js';
import type { CoachInput, CoachReport } from '../../../domain/coach/types.js';
import { type OnePageColumn, onePage } from '../../../domain/one-page.js';
import { topicAppliesTo } from '../../../domain/roadmap-view.js';
import { weeklyProgress } from '../../../domain/stats.js';
import { myActivity } from '../activity/service.js';
import type { ModuleDeps } from '../deps.js';
import { myPostings } from '../postings/service.js';
import { progressByTopic, statusChanges } from '../progress/service.js';
import { myEvidence, myProjects } from '../projects/service.js';
import { currentPlan, reviewDates } from '../reviews/service.js';
import type { User } from '../users/schemas.js';
import { presentCoachReport } from './presenter.js';
import type { Coach, HistoryStats } from './schemas.js';

/** Everything the coach reads about one learner, in one round of parallel reads. */
async function loadLearner(deps: ModuleDeps, learner: User) {
  const roadmap = deps.catalog.primary();
  const [progress, history, projects, reviews, postings, plan, evidence, activity] =
    await Promise.all([
      progressByTopic(deps, learner.id, roadmap.id),
      statusChanges(deps, learner.id, roadmap.id),
      myProjects(deps, learner.id),
      reviewDates(deps, learner.id),
      myPostings(deps, learner.id),
      currentPlan(deps, learner.id),
      myEvidence(deps, learner.id),
      myActivity(deps, learner.id),
    ]);
  const input: CoachInput = {
    roadmap,
    learner: {
      language: learner.language,
      level: learner.level,
      targetRole: learner.targetRole,
      startedAt: learner.createdAt,
    },
    progress,
    history,
    projects,
    reviews,
    postings,
    plan,
    activity,
  };
  const projectTitles = new Map(projects.map((p) => [p.id, p.title]));
  const evidenceLinks = evidence.map((e) => ({
    topicId: e.topicId,
    label: (e.projectId && projectTitles.get(e.projectId)) || e.url || 'evidence',
  }));
  return { input, evidence: evidenceLinks };
}

/** Pitfalls, signals and balance findings that name their evidence, and the next steps. */
export async function coachReport(deps: ModuleDeps, learner: User): Promise<Coach> {
  const { input } = await loadLearner(deps, learner);
  const report: CoachReport = coach(input, deps.now());
  return presentCoachReport(report);
}

/** Per column: what the learner knows, what they built, what to practise next. */
export async function onePageRoadmap(
  deps: ModuleDeps,
  learner: User,
): Promise<{ columns: OnePageColumn[] }> {
  const { input, evidence } = await loadLearner(deps, learner);
  return { columns: onePage(input, evidence, deps.now()) };
}

/** How many topics stood at each status at the end of every week, overall and per column. */
export async function historyStats(deps: ModuleDeps, learner: User): Promise<HistoryStats> {
  // Only the status changes are needed here, not the projects, reviews and postings the coach reads.
  const roadmap = deps.catalog.primary();
  const topics = roadmap.topics.filter((t) => topicAppliesTo(t, learner.language));
  const history = await statusChanges(deps, learner.id, roadmap.id);
  return {
    weeks: weeklyProgress(topics, history, learner.createdAt, learner.timeZone, deps.now()),
  };
}
