// Request and response shapes of a learner's own projects and of evidence links.
import { type Static, Type } from 'typebox';
import { LANGUAGES, PROJECT_ORIGINS, PROJECT_STATUSES } from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

const TopicId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const WebUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 });

const editable = {
  title: Type.String({ minLength: 1, maxLength: 120 }),
  description: Nullable(Type.String({ maxLength: 4000 })),
  repoUrl: Nullable(WebUrl),
  deployedUrl: Nullable(WebUrl),
  status: Type.Enum(PROJECT_STATUSES),
  productionLike: Type.Boolean({
    description: 'It ran in production-like conditions (real config, logs, a real host).',
  }),
  origin: Type.Enum(PROJECT_ORIGINS, {
    description:
      'How it began: "tutorial" when built by following a tutorial, "blank" (the default) when started from an empty project.',
  }),
  language: Nullable(Type.Enum(LANGUAGES)),
  topicIds: Type.Array(TopicId, { maxItems: 60, uniqueItems: true }),
};

export const NewProjectSchema = Type.Object(
  {
    ...editable,
    title: Type.Optional(editable.title),
    description: Type.Optional(editable.description),
    repoUrl: Type.Optional(editable.repoUrl),
    deployedUrl: Type.Optional(editable.deployedUrl),
    productionLike: Type.Optional(editable.productionLike),
    origin: Type.Optional(editable.origin),
    language: Type.Optional(editable.language),
    topicIds: Type.Optional(editable.topicIds),
    catalogueId: Type.Optional(
      Type.String({
        maxLength: 64,
        description:
          'Start from a practice project: its title and topics fill in what is left out.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ProjectPatchSchema = Type.Object(
  {
    title: Type.Optional(editable.title),
    description: Type.Optional(editable.description),
    repoUrl: Type.Optional(editable.repoUrl),
    deployedUrl: Type.Optional(editable.deployedUrl),
    status: Type.Optional(editable.status),
    productionLike: Type.Optional(editable.productionLike),
    origin: Type.Optional(editable.origin),
    language: Type.Optional(editable.language),
    topicIds: Type.Optional(editable.topicIds),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ProjectSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Nullable(Type.String()),
  repoUrl: Nullable(Type.String()),
  deployedUrl: Nullable(Type.String()),
  status: Type.Enum(PROJECT_STATUSES),
  productionLike: Type.Boolean(),
  origin: Type.Enum(PROJECT_ORIGINS),
  language: Nullable(Type.Enum(LANGUAGES)),
  catalogueId: Nullable(Type.String()),
  topicIds: Type.Array(Type.String()),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  completedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const ProjectParams = Type.Object({ projectId: Type.String({ format: 'uuid' }) });

export const NewEvidenceSchema = Type.Object(
  {
    topicId: TopicId,
    projectId: Type.Optional(Type.String({ format: 'uuid' })),
    url: Type.Optional(WebUrl),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const EvidenceSchema = Type.Object({
  id: Type.String(),
  topicId: Type.String(),
  projectId: Nullable(Type.String()),
  url: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});

export const EvidenceQuery = Type.Object(
  { topicId: Type.Optional(TopicId) },
  { additionalProperties: false },
);
export const EvidenceParams = Type.Object({ evidenceId: Type.String({ format: 'uuid' }) });

export type NewProject = Static<typeof NewProjectSchema>;
export type ProjectPatch = Static<typeof ProjectPatchSchema>;
export type Project = Static<typeof ProjectSchema>;
export type NewEvidence = Static<typeof NewEvidenceSchema>;
export type Evidence = Static<typeof EvidenceSchema>;
