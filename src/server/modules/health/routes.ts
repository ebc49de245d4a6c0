// Liveness and readiness, for load balancers and orchestrators.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

const Status = Type.Object({ status: Type.String() });

const healthRoutes: FastifyPluginAsyncTypebox<{ ping: () => Promise<boolean> }> = async (
  app,
  { ping },
) => {
  app.get(
    '/healthz',
    { schema: { tags: ['health'], summary: 'The process is alive', response: { 200: Status } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The database answers; 503 when it does not',
        response: { 200: Status, 503: Status },
      },
    },
    async (_request, reply) => {
      const ready = await ping();
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'database unreachable' });
    },
  );
};

export default healthRoutes;
