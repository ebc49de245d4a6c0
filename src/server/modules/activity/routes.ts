// HTTP for the learner's roadmap activity: the web app records moves; the learner can see and clear them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, NoContent, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { USER_QUOTAS } from '../quotas.js';
import { ACTIVITY_KEPT, ACTIVITY_KEPT_DAYS, ActivitySchema, NewActivitySchema } from './schemas.js';
import { forgetActivity, myActivity, recordActivity } from './service.js';

const mine = { tags: ['activity'], security: signedInSecurity };

const activityRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.post(
    '/me/activity',
    {
      schema: {
        ...mine,
        operationId: 'recordActivity',
        summary: 'Record a search, column filter or opened topic for my coach',
        description:
          `Private to the learner and read only by their coach. The newest ${ACTIVITY_KEPT} moves of the last ` +
          `${ACTIVITY_KEPT_DAYS} days are kept; the same move repeated within minutes is stored once. ` +
          `At most ${USER_QUOTAS.activity.limit} an hour (else 429).`,
        body: NewActivitySchema,
        response: {
          204: NoContent,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          429: errorResponses[429],
        },
      },
    },
    async (request, reply) => {
      await recordActivity(deps, signedIn(request).user.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/activity',
    {
      schema: {
        ...mine,
        operationId: 'listActivity',
        summary: 'The moves my coach keeps, newest first',
        response: { 200: Type.Array(ActivitySchema), 401: errorResponses[401] },
      },
    },
    async (request) => myActivity(deps, signedIn(request).user.id),
  );

  app.delete(
    '/me/activity',
    {
      schema: {
        ...mine,
        operationId: 'forgetActivity',
        summary: 'Forget every move recorded for my coach',
        response: { 204: NoContent, 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request, reply) => {
      await forgetActivity(deps, signedIn(request).user.id);
      return reply.status(204).send(null);
    },
  );
};

export default activityRoutes;
