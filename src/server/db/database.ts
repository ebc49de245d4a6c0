// Opens the database named by DATABASE_URL: SQLite (embedded, default) or PostgreSQL (a pool).
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Answers quickly whether the database can run a query; used by /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;

/**
 * pg turns timestamps into Date and bigint into string; repositories expect the same
 * ISO strings and numbers that SQLite gives, so both dialects share one set of row types.
 */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) {
      return (value: string) => new Date(oid === PG_TIMESTAMP ? `${value}Z` : value).toISOString();
    }
    if (oid === PG_INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

async function canQuery(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  // FULL makes every acknowledged commit durable, not just consistent, if the process dies.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: 'sqlite',
    ping: () => canQuery(db),
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, onConnectionError: (error: Error) => void): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    types: pgTypes,
  });
  // A connection dropped by the server (a restart, a failover, a network cut) must not crash
  // the process: the pool discards it and the next query opens a new one. pg emits the error
  // on the pool for idle clients and on the client itself otherwise, so listen to both.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => client.on('error', onConnectionError));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    ping: () => canQuery(db),
    close: () => db.destroy(),
  };
}

/** `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`, as checked by config.ts. */
export function openDatabase(
  url: string,
  onConnectionError: (error: Error) => void = () => {},
): DatabaseHandle {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url, onConnectionError);
}
