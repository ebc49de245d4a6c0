// Start-up work, done before the app is composed: the roadmaps are loaded, the database is opened,
// migrated and its progress carried over to renamed topics, and Redis is connected. `main` runs
// it, and so does the test harness; buildApp only composes what it is given.
import type { FastifyBaseLogger } from 'fastify';
import type { Roadmap } from '../domain/content/schema.js';
import type { Config } from './config.js';
import { loadRoadmaps } from './content/load-roadmaps.js';
import { type DatabaseHandle, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { connectRedis, type RedisConnection } from './modules/auth/redis-connection.js';
import { carryProgressForward } from './modules/progress/content-upgrade.js';

export interface Services {
  roadmaps: Roadmap[];
  database: DatabaseHandle;
  /** Null when REDIS_URL is not set: attempt counters then live in memory. */
  redis: RedisConnection | null;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Already-loaded roadmaps; by default they are read from config.contentDir. */
  roadmaps?: Roadmap[];
  /** The clock the content upgrade stamps its history entries with. */
  now?: () => Date;
}

export async function openServices(
  config: Config,
  log: FastifyBaseLogger,
  options: ServiceOptions = {},
): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const roadmaps = options.roadmaps ?? (await loadRoadmaps(config.contentDir));
  const database = openDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    onConnectionError: (err) =>
      log.warn({ err }, 'a database connection was lost; it will be replaced'),
  });
  let redis: RedisConnection | null = null;
  const close = async () => {
    await database.close();
    await redis?.close();
  };
  try {
    await migrateToLatest(database.db, database.dialect);
    for (const roadmap of roadmaps) {
      const moved = await carryProgressForward(database.db, roadmap, now());
      if (moved > 0)
        log.info(
          { roadmap: roadmap.id, moved },
          'carried progress over to renamed and merged topics',
        );
    }
    // Never throws: when Redis is down at start-up the app starts not ready and keeps reconnecting.
    redis = config.redisUrl ? await connectRedis(config.redisUrl, log) : null;
  } catch (error) {
    await close();
    throw error;
  }
  return { roadmaps, database, redis, close };
}
