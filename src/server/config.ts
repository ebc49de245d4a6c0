// The only reader of process.env: turns environment variables into a checked Config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** `sqlite:<path>` or `postgres://…` */
  databaseUrl: string;
  /** Connections each instance keeps open to PostgreSQL (ignored for SQLite). */
  databasePoolSize: number;
  /** Optional; when set, login throttling is shared by every instance through Redis. */
  redisUrl: string | undefined;
  logLevel: LogLevel;
  /** The origin people reach the app at; used for the CSRF Origin check and the cookie's Secure flag. */
  publicUrl: URL;
  /** Trust X-Forwarded-* headers from a load balancer in front of the app. */
  trustProxy: boolean;
  sessionTtlDays: number;
  contentDir: string;
  webDir: string;
}

/** Where package.json lives: two levels above this file both in src/server and in dist/server. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}"`);
}

function databaseUrl(env: Env): string {
  const raw = env.DATABASE_URL || 'sqlite:./data/waymark.db';
  if (raw.startsWith('sqlite:')) {
    if (raw.length === 'sqlite:'.length) {
      throw new ConfigError(
        'DATABASE_URL',
        'sqlite: needs a file path, e.g. sqlite:./data/waymark.db',
      );
    }
    return raw;
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return raw;
  }
  throw new ConfigError(
    'DATABASE_URL',
    `expected sqlite:<path> or postgres://…, got "${raw.replace(/\/\/[^@]*@/, '//…@')}"`,
  );
}

function redisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL;
  if (!raw) return undefined;
  if (!/^rediss?:\/\//.test(raw)) throw new ConfigError('REDIS_URL', 'expected redis://host:port');
  return raw;
}

function publicUrl(env: Env, host: string, port: number): URL {
  const raw = env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL', `is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', 'must start with http:// or https://');
  }
  return url;
}

/** Reads and checks the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `expected one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`,
    );
  }
  return {
    port,
    host,
    databaseUrl: databaseUrl(env),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    redisUrl: redisUrl(env),
    logLevel,
    publicUrl: publicUrl(env, host, port),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    sessionTtlDays: integer(env, 'SESSION_TTL_DAYS', 30, 1, 365),
    contentDir: path.resolve(env.CONTENT_DIR || path.join(projectRoot, 'content')),
    webDir: path.resolve(env.WEB_DIR || path.join(projectRoot, 'dist', 'web')),
  };
}
