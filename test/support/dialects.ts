// The databases every data-layer test runs against: SQLite, and PostgreSQL (TEST_DATABASE_URL's, else PGlite).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  /** A DATABASE_URL for a brand-new, empty database of this dialect. */
  url: string;
  /** Settings an app on this database needs besides DATABASE_URL (the embedded one: a pool of one). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export interface DialectUnderTest {
  /** As test names say it: a real PostgreSQL server is "postgres", PGlite "postgres-embedded". */
  name: 'sqlite' | 'postgres' | 'postgres-embedded';
  /**
   * Set, to the reason, when requests cannot race on this database. A test that proves concurrent
   * writes keep each other's changes would pass there without proving it, so it skips instead.
   */
  writesCannotRace?: string;
  create(): Promise<TestDatabase>;
}

const sqlite: DialectUnderTest = {
  name: 'sqlite',
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-test-'));
    return {
      url: `sqlite:${path.join(dir, 'waymark.db')}`,
      env: {},
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** A fresh, empty schema in the database at `baseUrl`, and a URL whose search_path chooses it. */
export async function freshPostgresSchema(baseUrl: string, prefix = 'wm') {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    },
  };
}

/** Each test database is a fresh schema in the test database, chosen through search_path. */
function postgres(baseUrl: string): DialectUnderTest {
  return {
    name: 'postgres',
    create: async () => ({ ...(await freshPostgresSchema(baseUrl)), env: {} }),
  };
}

/**
 * PGlite, a real PostgreSQL compiled to WebAssembly, for runs without TEST_DATABASE_URL: each test
 * database is its own embedded server, started from an initdb template (test/support/embedded-postgres.ts).
 */
const embeddedPostgres: DialectUnderTest = {
  name: 'postgres-embedded',
  writesCannotRace:
    'PGlite is one PostgreSQL session, so the app gets one connection and concurrent writes queue instead of racing; run with TEST_DATABASE_URL to prove them',
  async create() {
    const { inject } = await import('vitest');
    const { prepareTemplate, startEmbeddedPostgres } = await import('./embedded-postgres.js');
    const server = await startEmbeddedPostgres(
      inject('pgliteTemplate') ?? (await prepareTemplate()),
    );
    return { url: server.url, env: { DATABASE_POOL_SIZE: '1' }, drop: () => server.stop() };
  },
};

export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
export const redisUrl = process.env.TEST_REDIS_URL || undefined;

/** The attempt counters an app can run with: in memory always, Redis when TEST_REDIS_URL is set. */
export const ATTEMPT_COUNTERS: { name: string; env: Record<string, string> }[] = [
  { name: 'memory', env: {} },
  ...(redisUrl ? [{ name: 'redis', env: { REDIS_URL: redisUrl } }] : []),
];

export const DIALECTS: DialectUnderTest[] = [
  sqlite,
  postgresUrl ? postgres(postgresUrl) : embeddedPostgres,
];
