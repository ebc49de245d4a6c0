// Serves the built web app, and index.html for client-side routes so a reload keeps the page.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem-details.js';

async function web(app: FastifyInstance, { webDir }: { webDir: string }): Promise<void> {
  const built = fs.existsSync(path.join(webDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // A source map left in the build by hand is never published.
      allowedPath: (pathName: string) => !pathName.endsWith('.map'),
      // Vite puts a content hash in every asset name, so they never change once served.
      setHeaders(res, file: string) {
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  } else {
    app.log.warn({ webDir }, 'the web app is not built; run npm run build:web');
  }

  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.headers.accept?.includes('text/html');
    if (built && wantsPage) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(
      reply,
      404,
      'not-found',
      `Nothing at ${request.method} ${request.url.split('?')[0]}.`,
    );
  });
}

export default fp(web, { name: 'web' });
