// HTTP for roadmap content: the public roadmaps and the signed-in learner's own view of one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { NO_PROGRESS } from '../../../domain/roadmap-view.js';
import type { Language, LearnerLevel } from '../../../domain/vocabulary.js';
import type { Database } from '../../db/schema.js';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, signedInSecurity } from '../../schemas/common.js';
import { progressByTopic } from '../progress/service.js';
import type { RoadmapCatalog } from './catalog.js';
import {
  LearnerRoadmapSchema,
  PublicRoadmapSchema,
  RoadmapParams,
  RoadmapSummarySchema,
} from './schemas.js';

const roadmapRoutes: FastifyPluginAsyncTypebox<{
  db: Kysely<Database>;
  catalog: RoadmapCatalog;
}> = async (app, { db, catalog }) => {
  app.get(
    '/roadmaps',
    {
      schema: {
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
      schema: {
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
      const body = catalog.publicBody(request.params.roadmapId);
      // Content only changes with a new version, so clients revalidate cheaply with the ETag.
      reply
        .header('etag', body.etag)
        .header('cache-control', 'public, max-age=300')
        .header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === body.etag) return reply.status(304).send(null);
      reply.type('application/json; charset=utf-8');
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        return reply.header('content-encoding', 'gzip').send(body.gzip);
      }
      return reply.send(body.json);
    },
  );

  app.get(
    '/me/roadmaps/:roadmapId',
    {
      schema: {
        tags: ['roadmaps'],
        summary:
          'A roadmap as I see it: my language track, my buckets and my progress on each topic',
        security: signedInSecurity,
        params: RoadmapParams,
        response: { 200: LearnerRoadmapSchema, 401: errorResponses[401], 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const { user } = signedIn(request);
      const { roadmapId } = request.params;
      catalog.get(roadmapId);
      const progress = await progressByTopic(db, user.id, roadmapId);
      const json = catalog.learnerJson(
        roadmapId,
        user.language as Language | null,
        user.level as LearnerLevel | null,
        progress,
        NO_PROGRESS,
      );
      return reply
        .header('cache-control', 'private, no-store')
        .type('application/json; charset=utf-8')
        .send(json);
    },
  );
};

export default roadmapRoutes;
