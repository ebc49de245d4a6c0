// HTTP for the learner's progress on topics and the history of their changes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import {
  HistoryPageSchema,
  HistoryQuery,
  ProgressInputSchema,
  ProgressRecordSchema,
  TopicParams,
} from './schemas.js';
import { historyPage, markTopic } from './service.js';

const progressRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.put(
    '/me/progress/:topicId',
    {
      schema: {
        operationId: 'updateTopicProgress',
        tags: ['progress'],
        summary: 'Set my status on a topic (and optionally its bucket and my note)',
        security: signedInSecurity,
        params: TopicParams,
        body: ProgressInputSchema,
        response: {
          200: ProgressRecordSchema,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
        },
      },
    },
    async (request) => {
      const { topicId } = request.params;
      return markTopic(deps, signedIn(request).user.id, { ...request.body, topicId });
    },
  );

  app.get(
    '/me/history',
    {
      schema: {
        operationId: 'listProgressHistory',
        tags: ['progress'],
        summary: 'My progress changes, newest first',
        security: signedInSecurity,
        querystring: HistoryQuery,
        response: { 200: HistoryPageSchema, 400: errorResponses[400], 401: errorResponses[401] },
      },
    },
    async (request) => {
      return historyPage(deps, signedIn(request).user.id, request.query);
    },
  );
};

export default progressRoutes;
