// Liveness and readiness, for load balancers and orchestrators.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

const Status = Type.Object({ status: Type.String() });

/** Something the app cannot serve without, named as the readiness answer names it. */
export interface Dependency {
  name: string;
  ping: () => Promise<boolean>;
}

const healthRoutes: FastifyPluginAsyncTypebox<{ dependencies: Dependency[] }> = async (
  app,
  { dependencies },
) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'checkLiveness',
        security: [],
        tags: ['health'],
        summary: 'The process is alive',
        response: { 200: Status },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'checkReadiness',
        security: [],
        tags: ['health'],
        summary: 'The database (and Redis, when configured) answer; 503 naming what does not',
        response: { 200: Status, 503: Status },
      },
    },
    async (_request, reply) => {
      const answers = await Promise.all(dependencies.map((d) => d.ping()));
      const unreachable = dependencies.filter((_, i) => !answers[i]).map((d) => d.name);
      if (unreachable.length === 0) return reply.status(200).send({ status: 'ready' });
      return reply.status(503).send({ status: `${unreachable.join(' and ')} unreachable` });
    },
  );
};

export default healthRoutes;
