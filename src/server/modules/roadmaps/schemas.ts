// Response shapes of the roadmap routes, for validation of examples and the OpenAPI document.
import { Type } from 'typebox';
import {
  ChangelogEntrySchema,
  ColumnSchema,
  ProjectSchema,
  ResourceSchema,
  ReviewTemplateSchema,
  RevisitTriggerSchema,
  StageSchema,
  TrackSchema,
} from '../../../domain/content/schema.js';
import {
  BUCKETS,
  LANGUAGES,
  LEARNER_LEVELS,
  STATUSES,
  TOPIC_LEVELS,
} from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

export const RoadmapParams = Type.Object({
  roadmapId: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }),
});

export const RoadmapSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  version: Type.Integer(),
  topicCount: Type.Integer(),
});

const frame = {
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  version: Type.Integer(),
  changelog: Type.Array(ChangelogEntrySchema),
  stages: Type.Array(StageSchema),
  columns: Type.Array(ColumnSchema),
  projects: Type.Array(ProjectSchema),
  reviewTemplates: Type.Array(ReviewTemplateSchema),
  revisitTriggers: Type.Array(RevisitTriggerSchema),
};

const topicCore = {
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  stageId: Type.String(),
  columnId: Type.String(),
  level: Type.Enum(TOPIC_LEVELS),
  prerequisites: Type.Array(Type.String()),
  aliases: Type.Array(Type.String()),
  checks: Type.Array(Type.String(), {
    description: 'Can-do statements that tell comfortable from fragile.',
  }),
  resources: Type.Array(ResourceSchema),
};

export const PublicRoadmapSchema = Type.Object({
  ...frame,
  topics: Type.Array(
    Type.Object({
      ...topicCore,
      buckets: Type.Object({
        beginner: Type.Enum(BUCKETS),
        intermediate: Type.Enum(BUCKETS),
        job_seeking: Type.Enum(BUCKETS),
      }),
      sharedAliases: Type.Array(Type.String()),
      languages: Nullable(Type.Array(Type.Enum(LANGUAGES))),
      tracks: Type.Record(Type.String(), TrackSchema),
      replaces: Type.Array(Type.String()),
    }),
  ),
});

const learnerTopicCore = {
  ...topicCore,
  tools: Type.Array(Type.String(), {
    description: "The tools of the learner's language track.",
  }),
  defaultBucket: Type.Enum(BUCKETS),
};

const variant = {
  language: Nullable(Type.Enum(LANGUAGES)),
  level: Nullable(Type.Enum(LEARNER_LEVELS)),
};

export const TopicProgressSchema = Type.Object({
  status: Type.Enum(STATUSES),
  bucket: Nullable(Type.Enum(BUCKETS)),
  note: Nullable(Type.String()),
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const LearnerRoadmapSchema = Type.Object({
  ...frame,
  ...variant,
  topics: Type.Array(
    Type.Object({
      ...learnerTopicCore,
      bucket: Type.Enum(BUCKETS, {
        description: 'The override when set, else the default for my level.',
      }),
      progress: TopicProgressSchema,
    }),
  ),
});

export const LearnerContentQuery = Type.Object({
  version: Type.Integer({
    minimum: 1,
    maximum: 2_147_483_647,
    description: 'The roadmap version the content is for.',
  }),
  language: Type.Optional(Type.Enum(LANGUAGES)),
  level: Type.Optional(Type.Enum(LEARNER_LEVELS)),
});

export const LearnerContentSchema = Type.Object(
  { ...frame, ...variant, topics: Type.Array(Type.Object(learnerTopicCore)) },
  {
    description:
      "A roadmap as learners of one language and level see it, without anyone's progress. Immutable for a version.",
  },
);

export const LearnerProgressSchema = Type.Object({
  roadmapId: Type.String(),
  version: Type.Integer(),
  ...variant,
  content: Type.String({
    description:
      'Where the content of my variant is (GET it, cacheable for ever); merge it with `progress`.',
  }),
  progress: Type.Record(Type.String(), TopicProgressSchema, {
    description:
      'My progress by topic id, only for topics I recorded; any other is not started, in its default bucket.',
  }),
});

const StatusCountsSchema = Type.Object(
  Object.fromEntries(STATUSES.map((s) => [s, Type.Integer({ minimum: 0 })])) as Record<
    (typeof STATUSES)[number],
    ReturnType<typeof Type.Integer>
  >,
);

export const ProgressSummarySchema = Type.Object({
  roadmapId: Type.String(),
  title: Type.String(),
  version: Type.Integer(),
  topicCount: Type.Integer(),
  statusCounts: StatusCountsSchema,
  columns: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      topicCount: Type.Integer(),
      statusCounts: StatusCountsSchema,
    }),
  ),
});
