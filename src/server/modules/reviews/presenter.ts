// Review and trigger rows as the API shows them; stored answers and changes are checked as read.
import { readJsonColumn } from '../../db/json.js';
import type { ReviewRow, ReviewTriggerRow } from '../../db/schema.js';
import { PlanChangesSchema, type Review, ReviewSchema, type Trigger } from './schemas.js';

export function presentReview(row: ReviewRow): Review {
  return {
    id: row.id,
    type: row.type,
    projectId: row.project_id,
    roadmapVersion: row.roadmap_version,
    answers: readJsonColumn(ReviewSchema.properties.answers, 'reviews.answers', row.answers),
    changes: readJsonColumn(PlanChangesSchema, 'reviews.changes', row.changes),
    completedAt: row.completed_at,
  };
}

export function presentTrigger(row: ReviewTriggerRow): Trigger {
  return {
    id: row.id,
    triggerId: row.trigger_id,
    review: row.review_type,
    label: row.label,
    raisedAt: row.raised_at,
  };
}
