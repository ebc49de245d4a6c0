// HTTP for the coach's findings and next steps, the one-page roadmap and progress over time.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { CoachSchema, HistoryStatsSchema, OnePageSchema } from './schemas.js';
import { coachReport, historyStats, onePageRoadmap } from './service.js';

const mine = { security: signedInSecurity };

const coachRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.get(
    '/me/coach',
    {
      schema: {
        ...mine,
        operationId: 'getCoachFindings',
        tags: ['coach'],
        summary:
          'Pitfalls, signals and balance findings that name their evidence, and the next steps',
        response: { 200: CoachSchema, 401: errorResponses[401] },
      },
    },
    async (request) => coachReport(deps, signedIn(request).user),
  );

  app.get(
    '/me/one-page',
    {
      schema: {
        ...mine,
        operationId: 'getOnePageRoadmap',
        tags: ['coach'],
        summary:
          'The one-page roadmap: per column, what I know, what I built, what to practise next',
        response: { 200: OnePageSchema, 401: errorResponses[401] },
      },
    },
    async (request) => onePageRoadmap(deps, signedIn(request).user),
  );

  app.get(
    '/me/stats/history',
    {
      schema: {
        ...mine,
        operationId: 'getWeeklyProgress',
        tags: ['coach'],
        summary:
          'How many of my topics stood at each status at the end of every week, overall and per column',
        response: { 200: HistoryStatsSchema, 401: errorResponses[401] },
      },
    },
    async (request) => historyStats(deps, signedIn(request).user),
  );
};

export default coachRoutes;
