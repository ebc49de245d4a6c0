// Reviews: store the answers and apply the plan changes they decide, together or not at all.
import { randomUUID } from 'node:crypto';
import type { ReviewTemplate, Roadmap } from '../../../domain/content/schema.js';
import { type DueReview, dueReviews } from '../../../domain/schedule.js';
import type { ReviewType, Status } from '../../../domain/vocabulary.js';
import type { ReviewRow, ReviewTriggerRow } from '../../db/schema.js';
import { Invalid, NotFound } from '../../errors.js';
import { inTransaction, type ModuleDeps } from '../deps.js';
import { lockedProgress, type TopicRef, writeProgress } from '../progress/service.js';
import { getProject, myProjects } from '../projects/service.js';
import { admitWithinQuota } from '../quotas.js';
import type { User } from '../users/schemas.js';
import { presentReview, presentTrigger } from './presenter.js';
import {
  findPlan,
  insertReview,
  insertTrigger,
  listReviews,
  listTriggers,
  savePlan,
} from './repo.js';
import type { NewReview, NewTrigger, PlanChanges, Review, Trigger } from './schemas.js';

/** Triggers the coach's one-click actions raise, besides the roadmap's own "revisit now" list. */
export const COACH_TRIGGERS: Record<string, string> = {
  'coach-no-review': 'The coach noticed no review for months',
  'roadmap-changed': 'The roadmap changed since my last review',
  'bottleneck-moved': 'My bottleneck moved',
  'interest-narrowed': 'My searches narrowed to one area my plan leaves out',
  'projects-off-role': 'The coach noticed my projects do not show what my target role needs',
};

function checkAnswers(template: ReviewTemplate, answers: Record<string, string>): void {
  const known = new Set(template.questions.map((q) => q.id));
  const errors = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => ({
      path: `/body/answers/${id}`,
      message: `is not a question of the ${template.title}`,
    }));
  const [first] = errors;
  if (first) throw new Invalid(`${first.path} ${first.message}.`, errors);
}

/** The topic a plan change names, or Invalid pointing at where in the request it was named. */
function topicAt(roadmap: Roadmap, topicId: string, path: string): TopicRef {
  if (!roadmap.topics.some((t) => t.id === topicId)) {
    throw new Invalid(`${path} names an unknown topic "${topicId}".`, [
      { path, message: 'is not a topic of the roadmap' },
    ]);
  }
  return { roadmapId: roadmap.id, topicId };
}

/** A review's plan changes, applied in the review's transaction by one function per kind. */
interface PlanStep {
  deps: ModuleDeps;
  userId: string;
  roadmap: Roadmap;
  /** The kind of review deciding the changes. */
  review: ReviewType;
  changes: PlanChanges;
}

/** Focus topic and next practice project: one upsert that keeps whatever the review left out. */
async function changeFocus({ deps, userId, roadmap, review, changes }: PlanStep): Promise<void> {
  const { focusTopicId, nextProjectId } = changes;
  if (focusTopicId === undefined && nextProjectId === undefined) return;
  if (focusTopicId) topicAt(roadmap, focusTopicId, '/body/changes/focusTopicId');
  if (nextProjectId && !roadmap.projects.some((p) => p.id === nextProjectId)) {
    throw new Invalid(`There is no practice project "${nextProjectId}".`, [
      { path: '/body/changes/nextProjectId', message: 'is not a practice project of the roadmap' },
    ]);
  }
  await savePlan(deps.db, {
    userId,
    roadmapId: roadmap.id,
    focusTopicId,
    nextProjectId,
    review,
    updatedAt: deps.now().toISOString(),
  });
}

async function changeStatuses({ deps, userId, roadmap, changes }: PlanStep): Promise<void> {
  for (const [i, { topicId, status }] of (changes.statuses ?? []).entries()) {
    const topic = topicAt(roadmap, topicId, `/body/changes/statuses/${i}/topicId`);
    await writeProgress(deps, userId, { ...topic, change: { status }, cause: 'review' });
  }
}

async function changeBuckets({ deps, userId, roadmap, changes }: PlanStep): Promise<void> {
  for (const [i, { topicId, bucket }] of (changes.buckets ?? []).entries()) {
    const topic = topicAt(roadmap, topicId, `/body/changes/buckets/${i}/topicId`);
    await writeProgress(deps, userId, { ...topic, change: { bucket }, cause: 'review' });
  }
}

/** Revisit: back to the top of the plan, and "comfortable" was too generous if the review exposed it. */
async function revisitTopics({ deps, userId, roadmap, changes }: PlanStep): Promise<void> {
  for (const [i, topicId] of (changes.revisit ?? []).entries()) {
    const topic = topicAt(roadmap, topicId, `/body/changes/revisit/${i}`);
    const current = await lockedProgress(deps, userId, topic);
    const status: Status | undefined = current?.status === 'comfortable' ? 'fragile' : undefined;
    const change = { bucket: 'essential_now' as const, ...(status && { status }) };
    await writeProgress(deps, userId, { ...topic, change, cause: 'review' });
  }
}

/** Remove: a deliberate skip, parked at the bottom of the plan. */
async function removeTopics({ deps, userId, roadmap, changes }: PlanStep): Promise<void> {
  for (const [i, topicId] of (changes.remove ?? []).entries()) {
    const topic = topicAt(roadmap, topicId, `/body/changes/remove/${i}`);
    const change = { status: 'skipped' as const, bucket: 'optional_later' as const };
    await writeProgress(deps, userId, { ...topic, change, cause: 'review' });
  }
}

/**
 * Each step checks its own input, so a bad entry half way throws and the caller's transaction
 * undoes everything before it.
 */
const PLAN_STEPS = [changeFocus, changeStatuses, changeBuckets, revisitTopics, removeTopics];

export async function submitReview(
  deps: ModuleDeps,
  userId: string,
  input: NewReview,
): Promise<Review> {
  const roadmap = deps.catalog.primary();
  const template = roadmap.reviewTemplates.find((t) => t.id === input.type);
  if (!template) throw new NotFound(`The roadmap has no ${input.type} review.`);
  checkAnswers(template, input.answers);
  if (input.type === 'project' && !input.projectId) {
    throw new Invalid('A project retro names its project.', [
      { path: '/body/projectId', message: 'is required for a project retro' },
    ]);
  }
  const now = deps.now();
  const changes = input.changes ?? {};
  return deps.transact(async (trx) => {
    // Every write of the review carries the same moment.
    const within = { ...inTransaction(deps, trx), now: () => now };
    if (input.projectId) await getProject(within, userId, input.projectId);
    const row: ReviewRow = {
      id: randomUUID(),
      user_id: userId,
      type: input.type,
      project_id: input.projectId ?? null,
      roadmap_id: roadmap.id,
      roadmap_version: roadmap.version,
      answers: JSON.stringify(input.answers),
      changes: JSON.stringify(changes),
      completed_at: now.toISOString(),
    };
    await insertReview(trx, row);
    for (const step of PLAN_STEPS) {
      await step({ deps: within, userId, roadmap, review: input.type, changes });
    }
    return presentReview(row);
  });
}

export async function myReviews(deps: ModuleDeps, userId: string): Promise<Review[]> {
  return (await listReviews(deps.db, userId)).map(presentReview);
}

/** When each past review happened and what it saw, newest first, without its answers. */
export interface ReviewDate {
  type: ReviewType;
  completedAt: string;
  roadmapVersion: number;
  projectId: string | null;
}

/**
 * The learner's past reviews as the schedule and the coach read them: their dates, not their
 * answers, so the stored answers and changes are not parsed and checked on every read.
 */
export async function reviewDates(deps: ModuleDeps, userId: string): Promise<ReviewDate[]> {
  return (await listReviews(deps.db, userId)).map((r) => ({
    type: r.type,
    completedAt: r.completed_at,
    roadmapVersion: r.roadmap_version,
    projectId: r.project_id,
  }));
}

/** Makes a review due at once: one of the roadmap's "revisit now" triggers, or a coach action's. */
export async function raiseTrigger(
  deps: ModuleDeps,
  userId: string,
  input: NewTrigger,
): Promise<Trigger> {
  const known = deps.catalog.primary().revisitTriggers.find((t) => t.id === input.triggerId);
  const label = known?.label ?? COACH_TRIGGERS[input.triggerId];
  const review = known?.review ?? input.review;
  if (!label || !review) {
    throw new Invalid(`"${input.triggerId}" is not a known reason to review now.`, [
      {
        path: label ? '/body/review' : '/body/triggerId',
        message: label ? 'is required for this trigger' : 'is not a known trigger',
      },
    ]);
  }
  const row: ReviewTriggerRow = {
    id: randomUUID(),
    user_id: userId,
    trigger_id: input.triggerId,
    review_type: review,
    label,
    raised_at: deps.now().toISOString(),
  };
  await insertTrigger(deps.db, row);
  return presentTrigger(row);
}

/**
 * "Revisit now" asked for by the learner, within their hourly quota. Triggers the app raises
 * itself (a profile change) call raiseTrigger and are not counted.
 */
export async function requestTrigger(
  deps: ModuleDeps,
  userId: string,
  input: NewTrigger,
): Promise<Trigger> {
  await admitWithinQuota(deps.quotas, 'triggers', userId);
  return raiseTrigger(deps, userId, input);
}

export async function reviewsDue(deps: ModuleDeps, user: User): Promise<DueReview[]> {
  const [reviews, projects, triggers] = await Promise.all([
    reviewDates(deps, user.id),
    myProjects(deps, user.id),
    listTriggers(deps.db, user.id),
  ]);
  return dueReviews(
    {
      timeZone: user.timeZone,
      cadence: user.reviewCadence,
      startedAt: user.createdAt,
      reviews,
      doneProjects: projects
        .filter((p) => p.status === 'done' && p.completedAt)
        .map((p) => ({ id: p.id, title: p.title, completedAt: p.completedAt ?? p.updatedAt })),
      triggers: triggers.map(presentTrigger),
    },
    deps.now(),
  );
}

/** Which review made a plan choice, and when. */
export interface ChosenIn {
  type: ReviewType;
  completedAt: string;
}

export interface CurrentPlan {
  focusTopicId: string | null;
  nextProjectId: string | null;
  focusChosenIn: ChosenIn | null;
  projectChosenIn: ChosenIn | null;
}

/** The learner's current focus topic and next practice project, and the reviews that chose them. */
export async function currentPlan(deps: ModuleDeps, userId: string): Promise<CurrentPlan> {
  const plan = await findPlan(deps.db, userId);
  // A plan saved before provenance was kept counts as chosen, by some review, when last updated.
  const chosenIn = (by: ReviewType | null | undefined, at: string | null | undefined) =>
    plan ? { type: by ?? 'monthly', completedAt: at ?? plan.updated_at } : null;
  return {
    focusTopicId: plan?.focus_topic_id ?? null,
    nextProjectId: plan?.next_project_id ?? null,
    focusChosenIn: plan?.focus_topic_id
      ? chosenIn(plan.focus_chosen_by, plan.focus_chosen_at)
      : null,
    projectChosenIn: plan?.next_project_id
      ? chosenIn(plan.project_chosen_by, plan.project_chosen_at)
      : null,
  };
}
