// Reviews: store the answers and apply the plan changes they decide, together or not at all.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ReviewTemplate } from '../../../domain/content/schema.js';
import {
  type CheckInCadence,
  type DueReview,
  dueReviews,
  type ReviewType,
} from '../../../domain/schedule.js';
import type { Database, ReviewRow, ReviewTriggerRow, UserRow } from '../../db/schema.js';
import { Invalid, NotFound } from '../../errors.js';
import type { ModuleDeps as ReviewDeps } from '../deps.js';
import { lockTopicProgress } from '../progress/repo.js';
import { DEFAULT_ROADMAP, writeProgress } from '../progress/service.js';
import { findProject, listProjects } from '../projects/repo.js';
import { admitWithinQuota } from '../quotas.js';
import { insertReview, insertTrigger, listReviews, listTriggers, savePlan } from './repo.js';
import type { NewReview, NewTrigger, PlanChanges, Review, Trigger } from './schemas.js';

export type { ModuleDeps as ReviewDeps } from '../deps.js';

/** Triggers the coach's one-click actions raise, besides the roadmap's own "revisit now" list. */
export const COACH_TRIGGERS: Record<string, string> = {
  'coach-no-review': 'The coach noticed no review for months',
  'roadmap-changed': 'The roadmap changed since my last review',
  'bottleneck-moved': 'My bottleneck moved',
};

function presentReview(row: ReviewRow): Review {
  return {
    id: row.id,
    type: row.type as Review['type'],
    projectId: row.project_id,
    roadmapVersion: row.roadmap_version,
    answers: JSON.parse(row.answers),
    changes: JSON.parse(row.changes),
    completedAt: row.completed_at,
  };
}

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

/**
 * Applies a review's plan changes inside its transaction. Each step checks its own input, so a
 * bad entry half way throws and the caller's transaction undoes everything before it.
 */
async function applyChanges(
  trx: Kysely<Database>,
  deps: ReviewDeps,
  userId: string,
  changes: PlanChanges,
  now: Date,
) {
  const roadmap = deps.catalog.get(DEFAULT_ROADMAP);
  const topicAt = (topicId: string, path: string) => {
    if (!roadmap.topics.some((t) => t.id === topicId)) {
      throw new Invalid(`${path} names an unknown topic "${topicId}".`, [
        { path, message: 'is not a topic of the roadmap' },
      ]);
    }
    return { userId, roadmapId: roadmap.id, topicId };
  };
  if (changes.focusTopicId !== undefined || changes.nextProjectId !== undefined) {
    if (changes.focusTopicId) topicAt(changes.focusTopicId, '/body/changes/focusTopicId');
    if (changes.nextProjectId && !roadmap.projects.some((p) => p.id === changes.nextProjectId)) {
      throw new Invalid(`There is no practice project "${changes.nextProjectId}".`, [
        {
          path: '/body/changes/nextProjectId',
          message: 'is not a practice project of the roadmap',
        },
      ]);
    }
    await savePlan(trx, {
      userId,
      roadmapId: roadmap.id,
      focusTopicId: changes.focusTopicId,
      nextProjectId: changes.nextProjectId,
      updatedAt: now.toISOString(),
    });
  }
  for (const [i, { topicId, status }] of (changes.statuses ?? []).entries()) {
    await writeProgress(
      trx,
      topicAt(topicId, `/body/changes/statuses/${i}/topicId`),
      { status },
      now,
      'review',
    );
  }
  for (const [i, { topicId, bucket }] of (changes.buckets ?? []).entries()) {
    await writeProgress(
      trx,
      topicAt(topicId, `/body/changes/buckets/${i}/topicId`),
      { bucket },
      now,
      'review',
    );
  }
  // Revisit: back to the top of the plan, and "comfortable" was too generous if the review exposed it.
  for (const [i, topicId] of (changes.revisit ?? []).entries()) {
    const target = topicAt(topicId, `/body/changes/revisit/${i}`);
    const current = await lockTopicProgress(trx, target);
    const status = current?.status === 'comfortable' ? 'fragile' : undefined;
    await writeProgress(
      trx,
      target,
      { bucket: 'essential_now', ...(status && { status }) },
      now,
      'review',
    );
  }
  for (const [i, topicId] of (changes.remove ?? []).entries()) {
    await writeProgress(
      trx,
      topicAt(topicId, `/body/changes/remove/${i}`),
      { status: 'skipped', bucket: 'optional_later' },
      now,
      'review',
    );
  }
}

export async function submitReview(
  deps: ReviewDeps,
  userId: string,
  input: NewReview,
): Promise<Review> {
  const roadmap = deps.catalog.get(DEFAULT_ROADMAP);
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
    if (input.projectId && !(await findProject(trx, userId, input.projectId)))
      throw new NotFound('No such project.');
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
    await applyChanges(trx, deps, userId, changes, now);
    return presentReview(row);
  });
}

export async function myReviews(deps: ReviewDeps, userId: string): Promise<Review[]> {
  return (await listReviews(deps.db, userId)).map(presentReview);
}

function presentTrigger(row: ReviewTriggerRow): Trigger {
  return {
    id: row.id,
    triggerId: row.trigger_id,
    review: row.review_type as Trigger['review'],
    label: row.label,
    raisedAt: row.raised_at,
  };
}

/** Makes a review due at once: one of the roadmap's "revisit now" triggers, or a coach action's. */
export async function raiseTrigger(
  deps: ReviewDeps,
  userId: string,
  input: NewTrigger,
): Promise<Trigger> {
  const known = deps.catalog
    .get(DEFAULT_ROADMAP)
    .revisitTriggers.find((t) => t.id === input.triggerId);
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
  deps: ReviewDeps,
  userId: string,
  input: NewTrigger,
): Promise<Trigger> {
  await admitWithinQuota(deps.quotas, 'triggers', userId);
  return raiseTrigger(deps, userId, input);
}

export async function reviewsDue(deps: ReviewDeps, user: UserRow): Promise<DueReview[]> {
  const [reviews, projects, triggers] = await Promise.all([
    listReviews(deps.db, user.id),
    listProjects(deps.db, user.id),
    listTriggers(deps.db, user.id),
  ]);
  return dueReviews(
    {
      timeZone: user.time_zone,
      cadence: user.review_cadence as CheckInCadence,
      startedAt: user.created_at,
      reviews: reviews.map((r) => ({
        type: r.type as ReviewType,
        completedAt: r.completed_at,
        projectId: r.project_id,
      })),
      doneProjects: projects
        .filter((p) => p.status === 'done' && p.completed_at)
        .map((p) => ({ id: p.id, title: p.title, completedAt: p.completed_at ?? p.updated_at })),
      triggers: triggers.map((t) => ({
        id: t.id,
        review: t.review_type as ReviewType,
        label: t.label,
        raisedAt: t.raised_at,
      })),
    },
    deps.now(),
  );
}
