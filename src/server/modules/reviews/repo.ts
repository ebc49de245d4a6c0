// Queries on reviews, "revisit now" triggers and the learner's current plan (focus, next project).
import type { Kysely } from 'kysely';
import type { ReviewType } from '../../../domain/vocabulary.js';
import type { Database, LearnerPlanRow, ReviewRow, ReviewTriggerRow } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function insertReview(db: Db, row: ReviewRow): Promise<void> {
  await db.insertInto('reviews').values(row).execute();
}

export function listReviews(db: Db, userId: string): Promise<ReviewRow[]> {
  return db
    .selectFrom('reviews')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('completed_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertTrigger(db: Db, row: ReviewTriggerRow): Promise<void> {
  await db.insertInto('review_triggers').values(row).execute();
}

export function listTriggers(db: Db, userId: string): Promise<ReviewTriggerRow[]> {
  return db
    .selectFrom('review_triggers')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('raised_at')
    .execute();
}

export function findPlan(db: Db, userId: string): Promise<LearnerPlanRow | undefined> {
  return db
    .selectFrom('learner_plans')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** A plan change; an omitted focus or next project keeps its stored value, null clears it. */
export interface PlanChange {
  userId: string;
  roadmapId: string;
  focusTopicId?: string | null;
  nextProjectId?: string | null;
  /** The review making the change. */
  review: ReviewType;
  updatedAt: string;
}

/** Inserts or updates the plan in one statement, changing only the fields named. */
export async function savePlan(db: Db, change: PlanChange): Promise<void> {
  await db
    .insertInto('learner_plans')
    .values({
      user_id: change.userId,
      roadmap_id: change.roadmapId,
      focus_topic_id: change.focusTopicId ?? null,
      next_project_id: change.nextProjectId ?? null,
      ...(change.focusTopicId !== undefined && {
        focus_chosen_by: change.review,
        focus_chosen_at: change.updatedAt,
      }),
      ...(change.nextProjectId !== undefined && {
        project_chosen_by: change.review,
        project_chosen_at: change.updatedAt,
      }),
      updated_at: change.updatedAt,
    })
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet((eb) => ({
        ...(change.focusTopicId !== undefined && {
          focus_topic_id: eb.ref('excluded.focus_topic_id'),
          focus_chosen_by: eb.ref('excluded.focus_chosen_by'),
          focus_chosen_at: eb.ref('excluded.focus_chosen_at'),
        }),
        ...(change.nextProjectId !== undefined && {
          next_project_id: eb.ref('excluded.next_project_id'),
          project_chosen_by: eb.ref('excluded.project_chosen_by'),
          project_chosen_at: eb.ref('excluded.project_chosen_at'),
        }),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
