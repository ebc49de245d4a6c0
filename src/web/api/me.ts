// The signed-in learner's profile: its type, from the users module's schemas, and saving changes to it.
import type { Static } from 'typebox';
import type { ProfilePatchSchema, UserSchema } from '../../server/modules/users/schemas';
import { request } from './client';

export type User = Static<typeof UserSchema>;
export type ProfilePatch = Static<typeof ProfilePatchSchema>;
export type ReviewCadence = User['reviewCadence'];

export const meApi = {
  updateProfile: (patch: ProfilePatch) => request<User>('PATCH', '/me', patch),
};
