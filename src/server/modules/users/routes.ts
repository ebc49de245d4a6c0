// HTTP for the signed-in learner's own account and profile.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { ProfilePatchSchema, UserSchema } from './schemas.js';
import { updateProfile } from './service.js';

const userRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.get(
    '/me',
    {
      schema: {
        operationId: 'getProfile',
        tags: ['profile'],
        summary: 'The signed-in user',
        security: signedInSecurity,
        response: { 200: UserSchema, 401: errorResponses[401] },
      },
    },
    async (request) => signedIn(request).user,
  );

  app.patch(
    '/me',
    {
      schema: {
        operationId: 'updateProfile',
        tags: ['profile'],
        summary: 'Change my profile',
        security: signedInSecurity,
        body: ProfilePatchSchema,
        response: {
          200: UserSchema,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request) => {
      return updateProfile(deps, signedIn(request).user.id, request.body);
    },
  );
};

export default userRoutes;
