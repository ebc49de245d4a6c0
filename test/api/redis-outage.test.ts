// Redis as a dependency: not ready and 503 (never 500) while it is down, working again once it is back.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { connectRedis } from '../../src/server/modules/auth/redis-connection.js';
import { GOOD_PASSWORD, Learner, ORIGIN, startApp } from '../support/app.js';
import { DIALECTS, redisUrl } from '../support/dialects.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** Polls until `check` holds, or fails the test after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not true after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A Redis of this test's own, on a port of its own, that it can kill and start again. */
class PrivateRedis {
  private process: ChildProcess | undefined;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await eventually(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(this.port, '127.0.0.1');
          socket.once('connect', () => resolve(true));
          socket.once('error', () => resolve(false));
        }).then((up) => up),
      10_000,
    );
  }

  async kill(): Promise<void> {
    const running = this.process;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }
}

describe.runIf(redisUrl && hasRedisServer).each(DIALECTS)(
  'when Redis goes away, on $name',
  (dialect) => {
    const servers: PrivateRedis[] = [];
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.kill()));
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('starts not ready, answers 503 while Redis is down, and recovers without a restart', async () => {
      const consoleError = vi.spyOn(console, 'error');
      const redis = new PrivateRedis(await freePort());
      servers.push(redis);
      const t = await startApp(dialect, { REDIS_URL: redis.url });
      const readiness = () => t.app.inject({ method: 'GET', url: '/readyz' });
      const login = (email: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { origin: ORIGIN },
          payload: { email, password: GOOD_PASSWORD },
        });
      try {
        // Nothing listens yet: the app starts anyway, not ready.
        const notYet = await readiness();
        expect(notYet.statusCode).toBe(503);
        expect(notYet.json()).toEqual({ status: 'redis unreachable' });

        await redis.start();
        await eventually(async () => (await readiness()).statusCode === 200);
        const learner = await Learner.signUp(t.app);
        expect((await login(learner.email)).statusCode).toBe(200);

        await redis.kill();
        const down = await readiness();
        expect(down.statusCode).toBe(503);
        expect(down.json()).toEqual({ status: 'redis unreachable' });
        expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

        const refused = await login(learner.email);
        expect(refused.statusCode).toBe(503);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.json()).toMatchObject({
          status: 503,
          type: 'urn:waymark:problem:unavailable',
        });
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(
          (
            await learner.request('POST', '/api/v1/me/password', {
              currentPassword: GOOD_PASSWORD,
              newPassword: 'a kettle on the hill',
            })
          ).statusCode,
        ).toBe(503);
        await expect(Learner.signUp(t.app)).rejects.toThrow(/unavailable/);
        // Quotas guard fairness, not secrets: uses that cannot be counted are let through.
        const posting = { text: 'Backend developer: Go and PostgreSQL.' };
        expect((await learner.request('POST', '/api/v1/me/postings', posting)).statusCode).toBe(
          201,
        );
        const trigger = { triggerId: 'interview-gaps' };
        expect(
          (await learner.request('POST', '/api/v1/me/reviews/triggers', trigger)).statusCode,
        ).toBe(201);

        await redis.start();
        await eventually(async () => (await readiness()).statusCode === 200);
        expect((await login(learner.email)).statusCode).toBe(200);
        expect(consoleError.mock.calls.flat().map(String).join('\n')).not.toMatch(
          /Unhandled error event/,
        );
      } finally {
        await t.close();
      }
    });
  },
);

describe.runIf(hasRedisServer)('the Redis connection', () => {
  it('logs an outage once when it starts and once when it ends, not per reconnection', async () => {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    const log = { warn: vi.fn(), info: vi.fn() };
    const connection = await connectRedis(redis.url, log as unknown as FastifyBaseLogger);
    try {
      expect(await connection.ping()).toBe(true);
      await redis.kill();
      // Long enough for several reconnection attempts, each of which fails.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await connection.ping()).toBe(false);
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(log.warn.mock.calls[0]?.[1]).toMatch(/REDIS_URL.*unreachable/);

      await redis.start();
      await eventually(() => connection.ping());
      expect(log.info).toHaveBeenCalledTimes(1);
      expect(log.warn).toHaveBeenCalledTimes(1);
    } finally {
      await connection.close();
      await redis.kill();
    }
  });
});
