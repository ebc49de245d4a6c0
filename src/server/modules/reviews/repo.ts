// Queries on reviews, "revisit now" triggers and the learner's current plan (focus, next project).
import type { Kysely } from 'kysely';
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

export async function savePlan(db: Db, plan: LearnerPlanRow): Promise<void> {
  await db
    .insertInto('learner_plans')
    .values(plan)
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet({
        focus_topic_id: plan.focus_topic_id,
        next_project_id: plan.next_project_id,
        updated_at: plan.updated_at,
      }),
    )
    .execute();
}
