// HTTP for reviews: submit one, list past ones, see what is due, say "revisit now".
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { USER_QUOTAS } from '../quotas.js';
import {
  DueReviewSchema,
  NewReviewSchema,
  NewTriggerSchema,
  ReviewSchema,
  TriggerSchema,
} from './schemas.js';
import { myReviews, requestTrigger, reviewsDue, submitReview } from './service.js';

const mine = { tags: ['reviews'], security: signedInSecurity };
const writeErrors = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
};

const reviewRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.get(
    '/me/reviews',
    {
      schema: {
        ...mine,
        operationId: 'listReviews',
        summary: 'My past reviews, newest first',
        response: { 200: Type.Array(ReviewSchema), 401: errorResponses[401] },
      },
    },
    async (request) => myReviews(deps, signedIn(request).user.id),
  );

  app.post(
    '/me/reviews',
    {
      schema: {
        ...mine,
        operationId: 'submitReview',
        summary: 'Submit a review; its plan changes are applied with it, or nothing is saved',
        body: NewReviewSchema,
        response: { 201: ReviewSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitReview(deps, signedIn(request).user.id, request.body)),
  );

  app.get(
    '/me/reviews/due',
    {
      schema: {
        ...mine,
        operationId: 'listDueReviews',
        summary:
          'Each review cycle with its next due date in my time zone, the most pressing first',
        response: { 200: Type.Array(DueReviewSchema), 401: errorResponses[401] },
      },
    },
    async (request) => reviewsDue(deps, signedIn(request).user),
  );

  app.post(
    '/me/reviews/triggers',
    {
      schema: {
        ...mine,
        operationId: 'triggerReview',
        summary: 'Revisit now: make a review due at once, and say why',
        description: `At most ${USER_QUOTAS.triggers.limit} an hour per learner (else 429 with Retry-After).`,
        body: NewTriggerSchema,
        response: { 201: TriggerSchema, ...writeErrors, 429: errorResponses[429] },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestTrigger(deps, signedIn(request).user.id, request.body)),
  );
};

export default reviewRoutes;
