// HTTP for roadmap content: the public roadmaps and the signed-in learner's own view of one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { NotFound } from '../../errors.js';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import { acceptsGzip, sendPieces, sendPrepared } from './encoding.js';
import type { LearnerVariant } from './learner-view.js';
import {
  LearnerContentQuery,
  LearnerContentSchema,
  LearnerProgressSchema,
  LearnerRoadmapSchema,
  ProgressSummarySchema,
  PublicRoadmapSchema,
  RoadmapParams,
  RoadmapSummarySchema,
} from './schemas.js';
import { learnerState as stateOf } from './service.js';

const roadmapRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  const { catalog } = deps;
  /** Where a variant's content is served; the version in it makes the URL new for new content. */
  const learnerContentUrl = (roadmapId: string, variant: LearnerVariant) => {
    const query = new URLSearchParams({ version: String(variant.version) });
    if (variant.language) query.set('language', variant.language);
    if (variant.level) query.set('level', variant.level);
    return `${app.prefix}/roadmaps/${roadmapId}/learner-content?${query}`;
  };

  app.get(
    '/roadmaps',
    {
      schema: {
        operationId: 'listRoadmaps',
        security: [],
        tags: ['roadmaps'],
        summary: 'The roadmaps this server ships',
        response: { 200: Type.Array(RoadmapSummarySchema) },
      },
    },
    async () => catalog.list(),
  );

  app.get(
    '/roadmaps/:roadmapId',
    {
      compress: false,
      schema: {
        operationId: 'getRoadmap',
        security: [],
        tags: ['roadmaps'],
        summary: 'A whole roadmap: stages, columns, topics, practice projects, review templates',
        params: RoadmapParams,
        response: {
          200: PublicRoadmapSchema,
          304: Type.Null({ description: 'Not modified since the ETag sent' }),
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      // Content only changes with a new version, so clients revalidate cheaply with the ETag.
      const body = catalog.publicBody(request.params.roadmapId);
      return sendPrepared(request, reply, body, 'public, max-age=300');
    },
  );

  app.get(
    '/roadmaps/:roadmapId/learner-content',
    {
      // Prepared compressed already; the compress plugin would only gzip it again.
      compress: false,
      schema: {
        operationId: 'getLearnerContent',
        security: [],
        tags: ['roadmaps'],
        summary:
          'A roadmap as learners of one language and level see it, without progress: cache it for ever, its URL changes with the version',
        params: RoadmapParams,
        querystring: LearnerContentQuery,
        response: {
          200: LearnerContentSchema,
          304: Type.Null({ description: 'Not modified since the ETag sent' }),
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      const { roadmapId } = request.params;
      const { version, language = null, level = null } = request.query;
      const current = catalog.get(roadmapId).version;
      if (version !== current) {
        throw new NotFound(
          `The ${roadmapId} roadmap is at version ${current}, not ${version}. Ask /me/roadmaps/${roadmapId}/progress for the current content.`,
        );
      }
      const body = catalog.learnerVariant(roadmapId, language, level).content;
      return sendPrepared(request, reply, body, 'public, max-age=31536000, immutable');
    },
  );

  /** The learner's variant and progress, after the one database read every view needs. */
  const learnerState = (request: FastifyRequest, roadmapId: string) =>
    stateOf(deps, signedIn(request).user, roadmapId);

  app.get(
    '/me/roadmaps/:roadmapId',
    {
      compress: false,
      schema: {
        operationId: 'getMyRoadmap',
        tags: ['roadmaps'],
        summary:
          'A roadmap as I see it: my language track, my buckets and my progress on each topic',
        description:
          'All of it in one document. The web app reads the same as two: the content of my variant (cacheable) and my progress.',
        security: signedInSecurity,
        params: RoadmapParams,
        response: { 200: LearnerRoadmapSchema, 401: errorResponses[401], 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { variant, progress } = await learnerState(request, request.params.roadmapId);
      reply
        .header('cache-control', 'private, no-store')
        .header('vary', 'accept-encoding')
        .type('application/json; charset=utf-8');
      // Built from prepared bytes per encoding, so neither is serialised nor compressed here.
      if (acceptsGzip(request.headers['accept-encoding'])) {
        reply.header('content-encoding', 'gzip');
        return sendPieces(request, reply, variant.gzipBody(progress));
      }
      return sendPieces(request, reply, variant.body(progress));
    },
  );

  app.get(
    '/me/roadmaps/:roadmapId/progress',
    {
      schema: {
        operationId: 'getMyRoadmapProgress',
        tags: ['roadmaps'],
        summary: 'My progress on a roadmap, and where the content of my variant is',
        security: signedInSecurity,
        params: RoadmapParams,
        response: {
          200: LearnerProgressSchema,
          401: errorResponses[401],
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      const { roadmapId } = request.params;
      const { variant, progress } = await learnerState(request, roadmapId);
      reply.header('cache-control', 'private, no-store');
      return {
        roadmapId,
        version: variant.version,
        language: variant.language,
        level: variant.level,
        content: learnerContentUrl(roadmapId, variant),
        progress: variant.progressOf(progress),
      };
    },
  );

  app.get(
    '/me/roadmaps/:roadmapId/summary',
    {
      schema: {
        operationId: 'getMyRoadmapSummary',
        tags: ['roadmaps'],
        summary: 'How many of my topics are at each status, overall and per column',
        security: signedInSecurity,
        params: RoadmapParams,
        response: {
          200: ProgressSummarySchema,
          401: errorResponses[401],
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      const { roadmapId } = request.params;
      const { variant, progress } = await learnerState(request, roadmapId);
      reply.header('cache-control', 'private, no-store');
      return { roadmapId, ...variant.summary(progress) };
    },
  );
};

export default roadmapRoutes;
