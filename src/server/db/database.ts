// Opens the database named by DATABASE_URL: SQLite (embedded, default) or PostgreSQL (a pool).
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { GroupCommit, type Work } from './group-commit.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * Runs `work` as one transaction: all of it is kept or none. On SQLite, transactions that
   * arrive together share one commit (see group-commit.ts); on PostgreSQL each is its own.
   */
  transact<T>(work: Work<T>): Promise<T>;
  /** Answers quickly whether the database can run a query; used by /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  onConnectionError?: (error: Error) => void;
}

/** Which database a Kysely instance (or a transaction of one) talks to. */
export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The database named by DATABASE_URL cannot be used; the message says why, for an operator. */
export class DatabaseOpenError extends Error {
  constructor(reason: string) {
    super(`DATABASE_URL: ${reason}`);
    this.name = 'DatabaseOpenError';
  }
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

/**
 * Makes the file's directory and the file itself readable by the owner only: the database holds
 * password hashes and learners' notes. Existing files and directories keep their modes.
 */
function prepareSqliteFile(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
}

function describeOpenFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const where = path.resolve(file);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `cannot write ${where} (${code}); choose a directory this user may write to`;
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return `cannot create ${where}: a file is in the way of its directory`;
  }
  if (code === 'EISDIR') return `${where} is a directory, not a database file`;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return `${where} is not a usable SQLite database (${code}); restore it from a backup or move it away`;
  }
  return `cannot open ${where}: ${(error as Error).message}`;
}

/** Distinct SQL texts kept prepared; the app has a few dozen, IN lists of many lengths add more. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; compiling SQL each time was a sixth of a progress write's
 * cost. Queries with the same text reuse one prepared statement (better-sqlite3 runs one at a
 * time, and the app never streams, so a cached statement is never busy when asked for again).
 */
function reusingStatements(database: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = prepared.get(text);
      if (!statement) {
        statement = database.prepare(text);
        if (prepared.size >= STATEMENT_CACHE_SIZE) prepared.clear();
        prepared.set(text, statement);
      }
      return statement;
    },
  };
}

function openSqlite(file: string): DatabaseHandle {
  let database: SQLite.Database;
  try {
    if (file !== ':memory:') prepareSqliteFile(file);
    database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    // FULL makes every acknowledged commit durable, not just consistent, if the process dies.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // Reading the schema is what finds a file that is not a database, or a damaged one.
    database.prepare('select count(*) from sqlite_schema').get();
  } catch (error) {
    throw new DatabaseOpenError(describeOpenFailure(file, error));
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: reusingStatements(database) }),
  });
  const groupCommit = new GroupCommit(db);
  return {
    db,
    dialect: 'sqlite',
    transact: (work) => groupCommit.run(work),
    ping: () => canQuery(db),
    close: () => db.destroy(),
  };
}

/** Distinct SQL texts given a prepared statement; rarer shapes (long IN lists) run unnamed. */
const PREPARED_STATEMENT_LIMIT = 500;
const statementNames = new Map<string, string>();

/**
 * Sends each distinct query as a named prepared statement, so PostgreSQL parses and plans it once
 * per connection instead of on every request: with the server on the same two cores as the app,
 * that raised progress writes from about 540 to about 900 a second. Kysely passes (text, values);
 * anything else (a cursor, a config object) goes through untouched.
 */
function reuseQueryPlans(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (text: unknown, values?: unknown) => {
    // Statements without parameters (migrations, BEGIN, COMMIT) are cheap or one-off.
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) {
      return query(text, values);
    }
    let name = statementNames.get(text);
    if (!name && statementNames.size < PREPARED_STATEMENT_LIMIT) {
      name = `waymark_${statementNames.size}`;
      statementNames.set(text, name);
    }
    return query(name ? { name, text, values } : text, values);
  };
  Object.assign(client, { query: named });
}

function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const onConnectionError = options.onConnectionError ?? (() => {});
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    types: pgTypes,
  });
  // A connection dropped by the server (a restart, a failover, a network cut) must not crash
  // the process: the pool discards it and the next query opens a new one. pg emits the error
  // on the pool for idle clients and on the client itself otherwise, so listen to both.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
    reuseQueryPlans(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    transact: (work) => db.transaction().execute(work),
    ping: () => canQuery(db),
    close: () => db.destroy(),
  };
}

/** `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`, as checked by config.ts. */
export function openDatabase(url: string, options: DatabaseOptions = {}): DatabaseHandle {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url, options);
}
