import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has sensible defaults for one person on a laptop', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/waymark.db',
      redisUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
      sessionTtlDays: 30,
    });
    expect(config.publicUrl.origin).toBe('http://127.0.0.1:3000');
  });

  it('accepts PostgreSQL, Redis and an https public URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://waymark@db:5432/waymark',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://waymark.example.org',
      TRUST_PROXY: 'true',
    });
    expect(config.databaseUrl).toBe('postgres://waymark@db:5432/waymark');
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.publicUrl.protocol).toBe('https:');
    expect(config.trustProxy).toBe(true);
  });

  it.each([
    ['', false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['true', true],
    ['10.0.0.0/8,127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    [' 10.1.2.3 , fd00::/8 ', ['10.1.2.3', 'fd00::/8']],
    ['loopback', ['loopback']],
  ])('reads TRUST_PROXY=%j as Fastify trustProxy %j', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', /whole number/],
    [{ PORT: '70000' }, 'PORT', /0 to 65535/],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', /sqlite:<path> or postgres/],
    [{ DATABASE_URL: 'sqlite:' }, 'DATABASE_URL', /file path/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of/],
    [{ PUBLIC_URL: 'waymark.example' }, 'PUBLIC_URL', /not a URL/],
    [{ PUBLIC_URL: 'ftp://waymark.example' }, 'PUBLIC_URL', /http/],
    [{ REDIS_URL: 'cache:6379' }, 'REDIS_URL', /redis:\/\//],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY', /hop count/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY', /"10\.0\.0\.0\/33"/],
    [{ TRUST_PROXY: '10.0.0.1,proxy.internal' }, 'TRUST_PROXY', /"proxy\.internal"/],
    [{ TRUST_PROXY: '10.0.0.1,' }, 'TRUST_PROXY', /addresses\/CIDRs/],
    [{ TRUST_PROXY: '50' }, 'TRUST_PROXY', /1 to 20/],
    [{ SESSION_TTL_DAYS: '0' }, 'SESSION_TTL_DAYS', /1 to 365/],
    [{ POSTING_THREADS: '0' }, 'POSTING_THREADS', /1 to 64/],
    [{ POSTING_THREADS: 'two' }, 'POSTING_THREADS', /whole number/],
  ])('names the bad variable in %o', (env, variable, reason) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(reason);
  });

  it('matches postings on at least one thread, at most two by default, or as many as asked', () => {
    const byDefault = loadConfig({}).postingThreads;
    expect(byDefault).toBeGreaterThanOrEqual(1);
    expect(byDefault).toBeLessThanOrEqual(2);
    expect(loadConfig({ POSTING_THREADS: '4' }).postingThreads).toBe(4);
  });

  it('never prints a database password in its error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/x' })).toThrow(
      /^(?!.*hunter2)/s,
    );
  });
});
