// Request and response shapes of progress and history.
import { type Static, Type } from 'typebox';
import { BUCKETS, CHANGE_CAUSES, STATUSES } from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

export const TopicParams = Type.Object({
  topicId: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }),
});

export const ProgressInputSchema = Type.Object(
  {
    status: Type.Enum(STATUSES),
    bucket: Type.Optional(
      Nullable(
        Type.Enum(BUCKETS, {
          description: 'Omit to keep, null to go back to the default for my level.',
        }),
      ),
    ),
    note: Type.Optional(
      Nullable(Type.String({ maxLength: 4000, description: 'Omit to keep, null to clear.' })),
    ),
    roadmapId: Type.Optional(Type.String({ maxLength: 64, description: 'Defaults to "backend".' })),
  },
  { additionalProperties: false },
);

export const ProgressRecordSchema = Type.Object({
  roadmapId: Type.String(),
  topicId: Type.String(),
  status: Type.Enum(STATUSES),
  bucket: Nullable(Type.Enum(BUCKETS)),
  note: Nullable(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const HistoryQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,15}$', description: 'nextCursor of the previous page' }),
    ),
  },
  { additionalProperties: false },
);

export const HistoryEntrySchema = Type.Object({
  id: Type.Integer(),
  roadmapId: Type.String(),
  topicId: Type.String(),
  previousStatus: Nullable(Type.Enum(STATUSES)),
  status: Type.Enum(STATUSES),
  bucket: Nullable(Type.Enum(BUCKETS)),
  note: Nullable(Type.String()),
  changedAt: Type.String({ format: 'date-time' }),
  cause: Type.Enum(CHANGE_CAUSES, {
    description:
      'review: a review changed it; content_upgrade: a new roadmap version renamed or merged the topic',
  }),
});

export const HistoryPageSchema = Type.Object({
  items: Type.Array(HistoryEntrySchema),
  nextCursor: Nullable(Type.String()),
});

export type ProgressInput = Static<typeof ProgressInputSchema>;
export type ProgressRecord = Static<typeof ProgressRecordSchema>;
export type HistoryEntry = Static<typeof HistoryEntrySchema>;
export type HistoryQuery = Static<typeof HistoryQuery>;
export type HistoryPage = Static<typeof HistoryPageSchema>;
