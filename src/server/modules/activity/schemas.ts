// Request and response shapes of a learner's roadmap activity: what the coach reads for intent.
import { type Static, Type } from 'typebox';
import { ACTIVITY_KINDS } from '../../../domain/vocabulary.js';

/**
 * How much is kept per learner: the newest moves within the coach's longest window. Older ones
 * and any beyond the count are deleted as new ones arrive, so the table never grows with use.
 */
export const ACTIVITY_KEPT = 300;
export const ACTIVITY_KEPT_DAYS = 90;

/** The same move again within this time says nothing new and is not stored twice. */
export const ACTIVITY_REPEAT_MS = 10 * 60 * 1000;

export const NewActivitySchema = Type.Object(
  {
    kind: Type.Enum(ACTIVITY_KINDS, {
      description:
        'search: text typed in the roadmap search; column: a column filter; topic: a topic opened.',
    }),
    value: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The search text, the column id or the topic id.',
    }),
  },
  { additionalProperties: false },
);

export const ActivitySchema = Type.Object({
  kind: Type.Enum(ACTIVITY_KINDS),
  value: Type.String(),
  at: Type.String({ format: 'date-time' }),
});

export type NewActivity = Static<typeof NewActivitySchema>;
export type Activity = Static<typeof ActivitySchema>;
