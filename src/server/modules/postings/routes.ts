// HTTP for job postings: paste one, see its skills, and the skills across all of them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, NoContent, signedInSecurity } from '../../schemas/common.js';
import {
  NewPostingSchema,
  PostingParams,
  PostingSchema,
  PostingSummarySchema,
  SkillDemandSchema,
} from './schemas.js';
import {
  analysePosting,
  myPostings,
  onePosting,
  type PostingDeps,
  removePosting,
  skillDemand,
} from './service.js';

const mine = { tags: ['postings'], security: signedInSecurity };

const postingRoutes: FastifyPluginAsyncTypebox<PostingDeps> = async (app, deps) => {
  app.post(
    '/me/postings',
    {
      schema: {
        ...mine,
        summary:
          'Save a job posting and find the roadmap skills it asks for, with where each is named',
        body: NewPostingSchema,
        response: {
          201: PostingSchema,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await analysePosting(deps, signedIn(request).user.id, request.body)),
  );

  app.get(
    '/me/postings',
    {
      schema: {
        ...mine,
        summary: 'My saved postings, newest first',
        response: { 200: Type.Array(PostingSummarySchema), 401: errorResponses[401] },
      },
    },
    async (request) => myPostings(deps, signedIn(request).user.id),
  );

  app.get(
    '/me/postings/skills',
    {
      schema: {
        ...mine,
        summary: 'Skills across all my postings, most asked first, beside my status',
        response: { 200: Type.Array(SkillDemandSchema), 401: errorResponses[401] },
      },
    },
    async (request) => skillDemand(deps, signedIn(request).user.id),
  );

  app.get(
    '/me/postings/:postingId',
    {
      schema: {
        ...mine,
        summary: 'One saved posting with its text and matched skills',
        params: PostingParams,
        response: { 200: PostingSchema, 401: errorResponses[401], 404: errorResponses[404] },
      },
    },
    async (request) => onePosting(deps, signedIn(request).user.id, request.params.postingId),
  );

  app.delete(
    '/me/postings/:postingId',
    {
      schema: {
        ...mine,
        summary: 'Delete a saved posting',
        params: PostingParams,
        response: {
          204: NoContent,
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      await removePosting(deps, signedIn(request).user.id, request.params.postingId);
      return reply.status(204).send(null);
    },
  );
};

export default postingRoutes;
