// The only reader of process.env: turns environment variables into a checked Config.
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** false, a number of proxy hops, or proxy addresses/CIDRs; true believes every X-Forwarded-For. */
export type TrustProxy = boolean | number | string[];

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
  /**
   * Which X-Forwarded-For hops to believe, as Fastify's `trustProxy` takes it: false, a hop
   * count, or the addresses/CIDRs of the proxies in front; `true` trusts any sender.
   */
  trustProxy: TrustProxy;
  sessionTtlDays: number;
  /** Worker threads that match long job postings, so the event loop keeps answering meanwhile. */
  postingThreads: number;
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

/** proxy-addr's names for address ranges, accepted in a TRUST_PROXY list as Fastify accepts them. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as Fastify's trustProxy: false, a hop count, or a list of proxy addresses.
 * `true` is still accepted (the app warns at start-up), but anyone can then pick their address.
 */
function trustProxy(env: Env): TrustProxy {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  const lowered = raw.toLowerCase();
  if (['', '0', 'false', 'no'].includes(lowered)) return false;
  if (['true', 'yes'].includes(lowered)) return true;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 20);
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isAddressOrCidr(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY',
      `expected false, a hop count such as 1, or proxy addresses/CIDRs such as 10.0.0.0/8,127.0.0.1; "${bad}" is none of these`,
    );
  }
  return entries;
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

/**
 * One core is left to the event loop where there are several. Two threads are plenty: one
 * matches a 100 KB posting in about 15 ms, and each holds its own copy of the compiled matchers.
 */
const DEFAULT_POSTING_THREADS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

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
    trustProxy: trustProxy(env),
    sessionTtlDays: integer(env, 'SESSION_TTL_DAYS', 30, 1, 365),
    postingThreads: integer(env, 'POSTING_THREADS', DEFAULT_POSTING_THREADS, 1, 64),
    contentDir: path.resolve(env.CONTENT_DIR || path.join(projectRoot, 'content')),
    webDir: path.resolve(env.WEB_DIR || path.join(projectRoot, 'dist', 'web')),
  };
}
