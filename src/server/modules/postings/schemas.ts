// Request and response shapes of job postings and the skills found in them.
import { type Static, Type } from 'typebox';
import { STATUSES } from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

/**
 * The longest posting accepted, in UTF-16 code units as JavaScript counts them. An advert is a
 * few thousand characters; this admits a whole careers page pasted at once. Longer ones get 413
 * from the service rather than 400 from the schema, so the answer says "too large" and names
 * the limit.
 */
export const POSTING_MAX_CHARS = 200_000;

export const NewPostingSchema = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      description: `The posting as pasted; more than ${POSTING_MAX_CHARS} characters get 413`,
    }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

const SpanSchema = Type.Object({
  start: Type.Integer({ description: 'Offset of the first UTF-16 code unit in text' }),
  end: Type.Integer({ description: 'Offset just past the last one' }),
  text: Type.String(),
});

/** The skills found in a posting as they are stored: where each topic is named. */
export const StoredSkillsSchema = Type.Array(
  Type.Object({ topicId: Type.String(), matches: Type.Array(SpanSchema) }),
);

export const FoundSkillSchema = Type.Object({
  topicId: Type.String(),
  title: Type.String(),
  matches: Type.Array(SpanSchema),
});

export const PostingSchema = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  text: Type.String(),
  skills: Type.Array(FoundSkillSchema),
  createdAt: Type.String({ format: 'date-time' }),
});

export const PostingSummarySchema = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  topicIds: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});

export const SkillDemandSchema = Type.Object({
  topicId: Type.String(),
  title: Type.String(),
  postings: Type.Integer({ description: 'How many of my postings ask for it' }),
  share: Type.Number({ description: 'postings / all my postings' }),
  status: Type.Enum(STATUSES, { description: 'My status on the topic' }),
});

export const PostingParams = Type.Object({ postingId: Type.String({ format: 'uuid' }) });

export type NewPosting = Static<typeof NewPostingSchema>;
export type Posting = Static<typeof PostingSchema>;
export type PostingSummary = Static<typeof PostingSummarySchema>;
export type SkillDemand = Static<typeof SkillDemandSchema>;
