// The databases every data-layer test runs against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  /** A DATABASE_URL for a brand-new, empty database of this dialect. */
  url: string;
  drop(): Promise<void>;
}

export interface DialectUnderTest {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const sqlite: DialectUnderTest = {
  name: 'sqlite',
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-test-'));
    return {
      url: `sqlite:${path.join(dir, 'waymark.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** Each test database is a fresh schema in the test database, chosen through search_path. */
function postgres(baseUrl: string): DialectUnderTest {
  return {
    name: 'postgres',
    async create() {
      const schema = `wm_${randomBytes(6).toString('hex')}`;
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
    },
  };
}

export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
export const redisUrl = process.env.TEST_REDIS_URL || undefined;

/** The attempt counters an app can run with: in memory always, Redis when TEST_REDIS_URL is set. */
export const ATTEMPT_COUNTERS: { name: string; env: Record<string, string> }[] = [
  { name: 'memory', env: {} },
  ...(redisUrl ? [{ name: 'redis', env: { REDIS_URL: redisUrl } }] : []),
];

export const DIALECTS: DialectUnderTest[] = [
  sqlite,
  ...(postgresUrl ? [postgres(postgresUrl)] : []),
];
