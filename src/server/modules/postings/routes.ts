// HTTP for job postings: paste one, see its skills, and the skills across all of them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, NoContent, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { USER_QUOTAS } from '../quotas.js';
import {
  NewPostingSchema,
  POSTING_MAX_CHARS,
  PostingParams,
  PostingSchema,
  PostingSummarySchema,
  SkillDemandSchema,
} from './schemas.js';
import { analysePosting, myPostings, onePosting, removePosting, skillDemand } from './service.js';

const mine = { tags: ['postings'], security: signedInSecurity };

/**
 * UTF-8 takes at most 3 bytes per UTF-16 code unit, so a posting at the limit fits in any
 * script, with room for the title and the JSON around them; the app-wide limit is smaller.
 */
const NEW_POSTING_BODY_LIMIT_BYTES = POSTING_MAX_CHARS * 3 + 4096;

const postingRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.post(
    '/me/postings',
    {
      bodyLimit: NEW_POSTING_BODY_LIMIT_BYTES,
      schema: {
        ...mine,
        operationId: 'analysePosting',
        summary:
          'Save a job posting and find the roadmap skills it asks for, with where each is named',
        description: `At most ${POSTING_MAX_CHARS} characters (else 413) and ${USER_QUOTAS.postings.limit} postings an hour per learner (else 429 with Retry-After).`,
        body: NewPostingSchema,
        response: {
          201: PostingSchema,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          413: errorResponses[413],
          429: errorResponses[429],
          503: errorResponses[503],
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
        operationId: 'listPostings',
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
        operationId: 'listSkillDemand',
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
        operationId: 'getPosting',
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
        operationId: 'deletePosting',
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
