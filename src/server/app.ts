// buildApp(config, services): external plugins, then the app's own plugins, then the routes, in
// that order. It only composes: the start-up work (migrations, Redis, content upgrade) is done by
// openServices before it, in services.ts.
import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config, TrustProxy } from './config.js';
import activityRoutes from './modules/activity/routes.js';
import authRoutes from './modules/auth/routes.js';
import type { AuthDeps } from './modules/auth/service.js';
import { SessionLookup } from './modules/auth/session-lookup.js';
import { startSessionSweeper } from './modules/auth/session-sweeper.js';
import {
  type AttemptCounter,
  MemoryAttemptCounter,
  RedisAttemptCounter,
} from './modules/auth/throttle.js';
import coachRoutes from './modules/coach/routes.js';
import type { ModuleDeps } from './modules/deps.js';
import healthRoutes from './modules/health/routes.js';
import { type PostingAnalyser, startPostingAnalyser } from './modules/postings/analyser-pool.js';
import postingRoutes from './modules/postings/routes.js';
import progressRoutes from './modules/progress/routes.js';
import projectRoutes from './modules/projects/routes.js';
import reviewRoutes from './modules/reviews/routes.js';
import { RoadmapCatalog } from './modules/roadmaps/catalog.js';
import roadmapRoutes from './modules/roadmaps/routes.js';
import userRoutes from './modules/users/routes.js';
import authentication, { type AuthenticationOptions } from './plugins/authentication.js';
import openapi from './plugins/openapi.js';
import problemDetails from './plugins/problem-details.js';
import securityHeaders from './plugins/security-headers.js';
import storableText from './plugins/storable-text.js';
import { installValidation } from './plugins/validation.js';
import web from './plugins/web.js';
import { ProblemSchema } from './schemas/common.js';
import type { Services } from './services.js';

export interface AppOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** The logger start-up used, so every line goes to one place; else one at config.logLevel. */
  logger?: FastifyBaseLogger;
  /** Finds skills in postings; by default a pool of config.postingThreads threads. Tests observe one. */
  analyser?: PostingAnalyser;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Large enough for any note or pasted job posting, small enough to refuse abuse early. */
const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Fastify 5.12 trusts no hop at all for a bare number, so a hop count is given as a function:
 * the socket peer and the next hops up to the count are proxies, the hop before them the client.
 */
function fastifyTrustProxy(trust: TrustProxy) {
  if (typeof trust !== 'number') return trust;
  return (_address: string, hop: number) => hop < trust;
}

export async function buildApp(
  config: Config,
  services: Services,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const { database, redis } = services;
  const catalog = new RoadmapCatalog(services.roadmaps);

  const app = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger }
      : { logger: { level: config.logLevel } }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // A client's x-request-id is kept only when it is a short token (a proxy's id, say), so a
    // log line can never be forged or bloated through it; anything else gets a fresh id.
    requestIdHeader: false,
    genReqId: (request) => {
      const offered = request.headers['x-request-id'];
      return typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onClose', async () => services.close());
  if (config.trustProxy === true) {
    app.log.warn(
      'TRUST_PROXY=true believes every X-Forwarded-For header, so any client can choose its own address and escape per-address login throttling; set the number of proxy hops or their addresses instead',
    );
  }

  const attempts: AttemptCounter = redis
    ? new RedisAttemptCounter(redis.redis)
    : new MemoryAttemptCounter();
  const authDeps: AuthDeps = {
    db: database.db,
    sessions: new SessionLookup(database.db, now),
    attempts,
    sessionTtlDays: config.sessionTtlDays,
    now,
  };
  const authOptions: AuthenticationOptions = {
    deps: authDeps,
    publicOrigin: config.publicUrl.origin,
    secureCookies: config.publicUrl.protocol === 'https:',
    sessionTtlDays: config.sessionTtlDays,
  };

  const sessionSweeper = startSessionSweeper(database.db, now, (err) =>
    app.log.warn({ err }, 'could not delete expired sessions; will try again'),
  );
  app.addHook('onClose', async () => sessionSweeper.stop());

  // The request id is on every log line of a request; echoing it lets a user quote it in a report.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.addSchema(ProblemSchema);
  installValidation(app, [ProblemSchema]);

  // 1. Third-party plugins (helmet's headers through a thin plugin of ours, built once).
  await app.register(securityHeaders, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.publicUrl.protocol === 'https:' ? [] : null,
      },
    },
    hsts: config.publicUrl.protocol === 'https:',
  });
  // The learner's roadmap view is a few hundred KB of JSON; compressed it is a fraction of that.
  // Bodies prepared already compressed (the public roadmap) carry their own content-encoding.
  await app.register(compress, { threshold: 2048, encodings: ['gzip', 'deflate'] });
  await app.register(openapi, {
    version: process.env.npm_package_version ?? '0.1.0',
    publicUrl: config.publicUrl,
  });

  // 2. The app's own cross-cutting plugins.
  await app.register(problemDetails);
  await app.register(storableText);
  await app.register(authentication, authOptions);

  // 3. Routes.
  await app.register(healthRoutes, {
    dependencies: [
      { name: 'database', ping: database.ping },
      ...(redis ? [{ name: 'redis', ping: redis.ping }] : []),
    ],
  });
  const analyser =
    options.analyser ?? startPostingAnalyser(catalog, { threads: config.postingThreads });
  app.addHook('onClose', async () => analyser.close());
  const moduleDeps: ModuleDeps = {
    db: database.db,
    transact: database.transact,
    catalog,
    now,
    quotas: attempts,
    analyser,
  };
  await app.register(
    async (api) => {
      await api.register(authRoutes, authOptions);
      await api.register(userRoutes, moduleDeps);
      await api.register(roadmapRoutes, moduleDeps);
      await api.register(progressRoutes, moduleDeps);
      await api.register(projectRoutes, moduleDeps);
      await api.register(reviewRoutes, moduleDeps);
      await api.register(postingRoutes, moduleDeps);
      await api.register(coachRoutes, moduleDeps);
      await api.register(activityRoutes, moduleDeps);
    },
    { prefix: '/api/v1' },
  );
  await app.register(web, { webDir: config.webDir });

  return app;
}
