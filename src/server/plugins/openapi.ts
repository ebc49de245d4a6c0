// The OpenAPI document, generated from the route schemas, at /api/openapi.json and /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { SESSION_COOKIE } from './authentication.js';

export interface OpenApiOptions {
  version: string;
  /** PUBLIC_URL: where clients reach the API, so a generated client knows its base URL. */
  publicUrl: URL;
}

/** The server URL as OpenAPI expects it: no trailing slash, since every path starts with one. */
function serverUrl(publicUrl: URL): string {
  return `${publicUrl.origin}${publicUrl.pathname.replace(/\/+$/, '')}`;
}

async function openapi(
  app: FastifyInstance,
  { version, publicUrl }: OpenApiOptions,
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waymark API',
        version,
        description:
          'Keeps a backend learning roadmap alive. Errors are application/problem+json (RFC 9457). ' +
          'Writes made with the session cookie need the x-csrf-token header from GET /api/v1/auth/csrf.',
      },
      servers: [{ url: serverUrl(publicUrl), description: 'This deployment (PUBLIC_URL)' }],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
