// Request and response shapes of reviews, their due dates and "revisit now" triggers.
import { type Static, Type } from 'typebox';
import { BUCKETS, REVIEW_TYPES, STATUSES } from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

const TopicId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const TopicList = Type.Array(TopicId, { maxItems: 200, uniqueItems: true });

export const PlanChangesSchema = Type.Object(
  {
    focusTopicId: Type.Optional(Nullable(TopicId)),
    buckets: Type.Optional(
      Type.Array(
        Type.Object(
          { topicId: TopicId, bucket: Type.Enum(BUCKETS) },
          { additionalProperties: false },
        ),
        { maxItems: 300 },
      ),
    ),
    statuses: Type.Optional(
      Type.Array(
        Type.Object(
          { topicId: TopicId, status: Type.Enum(STATUSES) },
          { additionalProperties: false },
        ),
        { maxItems: 300 },
      ),
    ),
    revisit: Type.Optional(TopicList),
    remove: Type.Optional(TopicList),
    nextProjectId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  },
  { additionalProperties: false },
);

export const NewReviewSchema = Type.Object(
  {
    type: Type.Enum(REVIEW_TYPES),
    projectId: Type.Optional(Type.String({ format: 'uuid' })),
    answers: Type.Record(
      Type.String({ pattern: '^[a-z0-9]+([-_][a-z0-9]+)*$', maxLength: 64 }),
      Type.String({ maxLength: 4000 }),
    ),
    changes: Type.Optional(PlanChangesSchema),
  },
  { additionalProperties: false },
);

export const ReviewSchema = Type.Object({
  id: Type.String(),
  type: Type.Enum(REVIEW_TYPES),
  projectId: Nullable(Type.String()),
  roadmapVersion: Type.Integer(),
  answers: Type.Record(Type.String(), Type.String()),
  changes: PlanChangesSchema,
  completedAt: Type.String({ format: 'date-time' }),
});

export const DueReviewSchema = Type.Object({
  type: Type.Enum(REVIEW_TYPES),
  dueOn: Type.String({ format: 'date' }),
  overdue: Type.Boolean(),
  daysOverdue: Type.Integer(),
  reason: Type.String(),
  projectId: Nullable(Type.String()),
  triggerId: Nullable(Type.String()),
});

export const NewTriggerSchema = Type.Object(
  {
    triggerId: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }),
    review: Type.Optional(Type.Enum(REVIEW_TYPES)),
  },
  { additionalProperties: false },
);

export const TriggerSchema = Type.Object({
  id: Type.String(),
  triggerId: Type.String(),
  review: Type.Enum(REVIEW_TYPES),
  label: Type.String(),
  raisedAt: Type.String({ format: 'date-time' }),
});

export type PlanChanges = Static<typeof PlanChangesSchema>;
export type NewReview = Static<typeof NewReviewSchema>;
export type Review = Static<typeof ReviewSchema>;
export type NewTrigger = Static<typeof NewTriggerSchema>;
export type Trigger = Static<typeof TriggerSchema>;
