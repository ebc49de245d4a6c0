// The user and profile as the API shows and accepts them.
import { type Static, Type } from 'typebox';
import { CHECK_IN_CADENCES, LANGUAGES, LEARNER_LEVELS } from '../../../domain/vocabulary.js';
import { Nullable } from '../../schemas/common.js';

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    displayName: Nullable(Type.String()),
    level: Nullable(Type.Enum(LEARNER_LEVELS)),
    language: Nullable(Type.Enum(LANGUAGES)),
    framework: Nullable(Type.String()),
    targetRole: Nullable(Type.String()),
    timeZone: Type.String(),
    reviewCadence: Type.Enum(CHECK_IN_CADENCES, { description: 'How often the check-in repeats' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'User' },
);

export const ProfilePatchSchema = Type.Object(
  {
    displayName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 80 }))),
    level: Type.Optional(Type.Enum(LEARNER_LEVELS)),
    language: Type.Optional(Type.Enum(LANGUAGES)),
    framework: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 60 }))),
    targetRole: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    reviewCadence: Type.Optional(Type.Enum(CHECK_IN_CADENCES)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export type User = Static<typeof UserSchema>;
export type ProfilePatch = Static<typeof ProfilePatchSchema>;
