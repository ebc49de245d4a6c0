// Security headers (CSP, HSTS, nosniff, frame and referrer policies) on every response.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's middleware, built once at start-up. (@fastify/helmet builds it again for every
 * request, parsing the CSP directives each time: a few per cent of a small request's CPU.)
 */
async function securityHeaders(app: FastifyInstance, options: HelmetOptions) {
  const apply = helmet(options);
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
