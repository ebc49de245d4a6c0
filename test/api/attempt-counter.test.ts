import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { TooManyRequests } from '../../src/server/errors.js';
import {
  admitPasswordCheck,
  backoffMs,
  THROTTLE_LIMITS,
} from '../../src/server/modules/auth/attempt-limits.js';
import {
  type AttemptCounter,
  MemoryAttemptCounter,
  RedisAttemptCounter,
} from '../../src/server/modules/auth/throttle.js';
import { bootApp, GOOD_PASSWORD, Learner, ORIGIN, shippedContent } from '../support/app.js';
import { DIALECTS, redisUrl } from '../support/dialects.js';

const connections: Redis[] = [];
afterAll(async () => {
  await Promise.all(connections.map((c) => c.quit()));
});

const counters: { name: string; make: () => AttemptCounter }[] = [
  { name: 'memory', make: () => new MemoryAttemptCounter() },
  ...(redisUrl
    ? [
        {
          name: 'redis',
          make: () => {
            const redis = new Redis(redisUrl ?? '');
            connections.push(redis);
            return new RedisAttemptCounter(redis, `waymark-test:${randomUUID()}:`);
          },
        },
      ]
    : []),
];

describe.each(counters)('the $name attempt counter', ({ make }) => {
  it('counts attempts within a window and reports when it ends', async () => {
    const counter = make();
    expect((await counter.increment('k', 60_000)).count).toBe(1);
    const second = await counter.increment('k', 60_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(50_000);
    expect(second.resetInMs).toBeLessThanOrEqual(60_000);
    expect((await counter.peek('k')).count).toBe(2);
    expect((await counter.peek('other')).count).toBe(0);
  });

  it('starts again after the window ends', async () => {
    const counter = make();
    await counter.increment('short', 50);
    await counter.increment('short', 50);
    await new Promise((r) => setTimeout(r, 120));
    expect((await counter.peek('short')).count).toBe(0);
    expect((await counter.increment('short', 50)).count).toBe(1);
  });

  it('forgets a key on reset', async () => {
    const counter = make();
    await counter.increment('gone', 60_000);
    await counter.reset('gone');
    expect((await counter.peek('gone')).count).toBe(0);
  });

  it('takes back one attempt, never below zero and never for a window that ended', async () => {
    const counter = make();
    await counter.increment('owner', 60_000);
    await counter.increment('owner', 60_000);
    await counter.forgive('owner');
    expect((await counter.peek('owner')).count).toBe(1);
    await counter.forgive('owner');
    await counter.forgive('owner');
    expect((await counter.peek('owner')).count).toBe(0);
    await counter.forgive('never-counted');
    expect((await counter.increment('never-counted', 60_000)).count).toBe(1);
  });

  it('lets one claimant hold a slot until it frees', async () => {
    const counter = make();
    expect(await counter.claimSlot('slot', 150)).toEqual({ claimed: true, retryInMs: 0 });
    const taken = await counter.claimSlot('slot', 150);
    expect(taken.claimed).toBe(false);
    expect(taken.retryInMs).toBeGreaterThan(0);
    expect(taken.retryInMs).toBeLessThanOrEqual(150);
    await new Promise((r) => setTimeout(r, 200));
    expect((await counter.claimSlot('slot', 150)).claimed).toBe(true);
  });
});

describe('the account-wide backoff', () => {
  const account = (address: string) => ({ kind: 'login' as const, account: 'a@x.test', address });

  it('waits one second past the ceiling, doubling per failure up to the cap', () => {
    expect([1, 2, 3, 4, 5, 50].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(THROTTLE_LIMITS.backoffMaxMs).toBe(8000);
  });

  it('lets one attempt through per interval, and an early retry costs the owner nothing', async () => {
    let clock = 1_000_000;
    const counter = new MemoryAttemptCounter(() => clock);
    for (let i = 0; i < THROTTLE_LIMITS.accountCeiling; i += 1) {
      await admitPasswordCheck(counter, account(`guesser-${i % 5}`));
    }
    await admitPasswordCheck(counter, account('guesser-5')); // first past the ceiling: takes the slot
    await expect(admitPasswordCheck(counter, account('owner'))).rejects.toBeInstanceOf(
      TooManyRequests,
    );
    expect((await counter.peek('login:pair:a@x.test|owner')).count).toBe(0);
    clock += THROTTLE_LIMITS.backoffFirstMs;
    const owner = await admitPasswordCheck(counter, account('owner'));
    await owner.succeeded();
    expect((await counter.peek('login:account:a@x.test')).count).toBe(
      THROTTLE_LIMITS.accountCeiling + 1,
    );
  });
});

describe.runIf(redisUrl)('two instances sharing Redis', () => {
  it('share one count: five failures from one address spread over both lock it out on both', async () => {
    const dialect = DIALECTS[0];
    if (!dialect || !redisUrl) throw new Error('unreachable');
    const database = await dialect.create();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      LOG_LEVEL: 'silent',
      PUBLIC_URL: ORIGIN,
    };
    const roadmaps = await shippedContent();
    const one = await bootApp(loadConfig(env), { roadmaps });
    const two = await bootApp(loadConfig(env), { roadmaps });
    try {
      const learner = await Learner.signUp(one);
      const login = (app: typeof one, password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { origin: ORIGIN },
          payload: { email: learner.email, password },
        });
      for (let i = 0; i < 5; i += 1) {
        expect((await login(i % 2 ? one : two, `wrong guess ${i}`)).statusCode).toBe(401);
      }
      expect((await login(one, GOOD_PASSWORD)).statusCode).toBe(429);
      expect((await login(two, GOOD_PASSWORD)).statusCode).toBe(429);
    } finally {
      await one.close();
      await two.close();
      await database.drop();
    }
  });
});
