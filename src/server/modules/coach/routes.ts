// HTTP for the coach's findings and next steps, the one-page roadmap and progress over time.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { coach } from '../../../domain/coach/coach.js';
import { onePage } from '../../../domain/one-page.js';
import { topicAppliesTo } from '../../../domain/roadmap-view.js';
import { weeklyProgress } from '../../../domain/stats.js';
import type { Language } from '../../../domain/vocabulary.js';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { DEFAULT_ROADMAP, statusChanges } from '../progress/service.js';
import { loadLearner } from './learner-data.js';
import { CoachSchema, HistoryStatsSchema, OnePageSchema } from './schemas.js';

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
    async (request) => {
      const { input } = await loadLearner(deps, signedIn(request).user);
      return coach(input, deps.now());
    },
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
    async (request) => {
      const { input, evidence } = await loadLearner(deps, signedIn(request).user);
      return { columns: onePage(input, evidence, deps.now()) };
    },
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
    async (request) => {
      const { user } = signedIn(request);
      // Only the status changes are needed here, not the projects, reviews and postings the coach reads.
      const roadmap = deps.catalog.get(DEFAULT_ROADMAP);
      const topics = roadmap.topics.filter((t) =>
        topicAppliesTo(t, user.language as Language | null),
      );
      const history = await statusChanges(deps.db, user.id, roadmap.id);
      return {
        weeks: weeklyProgress(topics, history, user.created_at, user.time_zone, deps.now()),
      };
    },
  );
};

export default coachRoutes;
