// The shape of roadmap content files: one schema validates them and types the loaded roadmap.
import { type Static, Type } from 'typebox';
import {
  BUCKETS,
  LANGUAGES,
  type Language,
  type LEARNER_LEVELS,
  RESOURCE_KINDS,
  REVIEW_TYPES,
  TOPIC_LEVELS,
} from '../vocabulary.js';

export const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Strict = { additionalProperties: false } as const;

export const ResourceSchema = Type.Object(
  {
    title: Text(200),
    url: Type.String({ pattern: '^https://[^\\s/$.?#][^\\s]*$', maxLength: 500 }),
    kind: Type.Enum(RESOURCE_KINDS),
  },
  Strict,
);

export const TrackSchema = Type.Object(
  {
    tools: Type.Array(Text(60), { minItems: 1, maxItems: 8 }),
    resources: Type.Array(ResourceSchema, { minItems: 1, maxItems: 4 }),
  },
  Strict,
);

export const TopicSchema = Type.Object(
  {
    id: Id,
    title: Text(120),
    summary: Text(1200),
    stage: Id,
    column: Id,
    level: Type.Enum(TOPIC_LEVELS),
    buckets: Type.Object(
      {
        beginner: Type.Enum(BUCKETS),
        intermediate: Type.Enum(BUCKETS),
        job_seeking: Type.Enum(BUCKETS),
      },
      Strict,
    ),
    prerequisites: Type.Array(Id, { uniqueItems: true }),
    aliases: Type.Array(Text(60), { minItems: 1, uniqueItems: true }),
    sharedAliases: Type.Optional(Type.Array(Text(60), { uniqueItems: true })),
    checks: Type.Array(Text(300), { minItems: 3, maxItems: 6 }),
    resources: Type.Array(ResourceSchema, { minItems: 2, maxItems: 8 }),
    languages: Type.Optional(Type.Array(Type.Enum(LANGUAGES), { minItems: 1, uniqueItems: true })),
    tracks: Type.Optional(
      Type.Object(
        Object.fromEntries(LANGUAGES.map((l) => [l, Type.Optional(TrackSchema)])),
        Strict,
      ),
    ),
    replaces: Type.Optional(Type.Array(Id, { uniqueItems: true })),
  },
  Strict,
);

export const StageSchema = Type.Object(
  {
    id: Id,
    title: Text(80),
    summary: Text(600),
    /** Advanced and career sections: outside the seven ordered stages. */
    optional: Type.Optional(Type.Boolean()),
    /** The career section: its topics, and only they, sit in the career column. */
    career: Type.Optional(Type.Boolean()),
  },
  Strict,
);

export const ColumnSchema = Type.Object(
  {
    id: Id,
    title: Text(80),
    summary: Text(400),
    /**
     * Career skills: shown with the others but outside the coach's scoring (weakest column,
     * bottleneck) and the one-page view, which weigh technical columns only.
     */
    career: Type.Optional(Type.Boolean()),
  },
  Strict,
);

export const ChangelogEntrySchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    changes: Type.Array(Text(400), { minItems: 1 }),
  },
  Strict,
);

/** roadmap.yaml: everything but the topics, projects and reviews, which have files of their own. */
export const RoadmapFileSchema = Type.Object(
  {
    id: Id,
    title: Text(80),
    summary: Text(600),
    version: Type.Integer({ minimum: 1 }),
    changelog: Type.Array(ChangelogEntrySchema, { minItems: 1 }),
    stages: Type.Array(StageSchema, { minItems: 1 }),
    columns: Type.Array(ColumnSchema, { minItems: 1 }),
  },
  Strict,
);

export const TopicFileSchema = Type.Object({ topics: Type.Array(TopicSchema) }, Strict);

export const ProjectSchema = Type.Object(
  {
    id: Id,
    title: Text(120),
    stage: Id,
    size: Type.Enum(['small', 'medium', 'large']),
    brief: Text(1200),
    topics: Type.Array(Id, { minItems: 1, uniqueItems: true }),
    doneWhen: Type.Array(Text(300), { minItems: 1 }),
    stretch: Type.Array(Text(300)),
  },
  Strict,
);

export const ProjectFileSchema = Type.Object({ projects: Type.Array(ProjectSchema) }, Strict);

export const ANSWER_KINDS = [
  'text',
  'topic',
  'topics',
  'project',
  'catalogue_project',
  'topic_statuses',
  'bucket_sort',
  'pain_points',
] as const;
export const DECISIONS = [
  'focus',
  'revisit',
  'remove',
  'buckets',
  'statuses',
  'next_project',
] as const;

export const ReviewQuestionSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+([-_][a-z0-9]+)*$', maxLength: 64 }),
    prompt: Text(300),
    help: Type.Optional(Text(400)),
    answer: Type.Enum(ANSWER_KINDS),
    decides: Type.Optional(Type.Enum(DECISIONS)),
  },
  Strict,
);

export const PainPointSchema = Type.Object(
  { id: Id, label: Text(200), revisit: Type.Array(Id, { minItems: 1, uniqueItems: true }) },
  Strict,
);

export const ReviewTemplateSchema = Type.Object(
  {
    id: Type.Enum(REVIEW_TYPES),
    title: Text(80),
    every: Type.Optional(
      Type.Object({ months: Type.Integer({ minimum: 1, maximum: 24 }) }, Strict),
    ),
    trigger: Type.Optional(Type.Enum(['project_done'])),
    intro: Text(600),
    questions: Type.Array(ReviewQuestionSchema, { minItems: 1 }),
    painPoints: Type.Optional(Type.Array(PainPointSchema, { minItems: 1 })),
  },
  Strict,
);

export const RevisitTriggerSchema = Type.Object(
  { id: Id, label: Text(200), review: Type.Enum(REVIEW_TYPES) },
  Strict,
);

export const ReviewFileSchema = Type.Object(
  {
    reviews: Type.Array(ReviewTemplateSchema),
    revisitTriggers: Type.Array(RevisitTriggerSchema),
  },
  Strict,
);

export type Resource = Static<typeof ResourceSchema>;
export type Track = Static<typeof TrackSchema>;
export type Topic = Omit<Static<typeof TopicSchema>, 'tracks'> & {
  tracks?: Partial<Record<Language, Track>>;
};
export type Stage = Static<typeof StageSchema>;
export type Column = Static<typeof ColumnSchema>;
export type Project = Static<typeof ProjectSchema>;
export type ReviewTemplate = Static<typeof ReviewTemplateSchema>;
export type RevisitTrigger = Static<typeof RevisitTriggerSchema>;
export type RoadmapFile = Static<typeof RoadmapFileSchema>;

/** A whole roadmap as loaded from its files and validated. */
export interface Roadmap extends RoadmapFile {
  topics: Topic[];
  projects: Project[];
  reviewTemplates: ReviewTemplate[];
  revisitTriggers: RevisitTrigger[];
}

/** Keeps LEARNER_LEVELS and the bucket keys above in step. */
export type BucketsByLevel = Record<(typeof LEARNER_LEVELS)[number], (typeof BUCKETS)[number]>;

/** The columns the coach weighs and the one-page view shows: every column but the career one. */
export const scoringColumns = (roadmap: Pick<RoadmapFile, 'columns'>): Column[] =>
  roadmap.columns.filter((column) => !column.career);
