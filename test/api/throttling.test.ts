// Login throttling that holds: behind a proxy, under concurrent bursts, without locking the owner out.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLE_LIMITS } from '../../src/server/modules/auth/attempt-limits.js';
import {
  GOOD_PASSWORD,
  Learner,
  ORIGIN,
  startApp,
  type TestApp,
  uniqueEmail,
} from '../support/app.js';
import { ATTEMPT_COUNTERS, DIALECTS } from '../support/dialects.js';

/**
 * A fresh address from 2001:db8::/32 (documentation only) per use: counts in the shared Redis
 * outlive a test run, so no run may meet an address an earlier run used.
 */
function freshAddress(): string {
  const group = () => randomBytes(2).toString('hex');
  return `2001:db8:${group()}:${group()}::${group()}`;
}

const LIMIT = THROTTLE_LIMITS.failuresPerAccountAndAddress;

function login(
  app: FastifyInstance,
  email: string,
  password: string,
  remoteAddress: string,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { origin: ORIGIN, ...headers },
    payload: { email, password },
  });
}

const countOf = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe.each(DIALECTS)('login throttling on $name', (dialect) => {
  describe.each(ATTEMPT_COUNTERS)('with the $name attempt counter', (counter) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp(dialect, counter.env);
    });
    afterAll(() => t?.close());

    it('lets a concurrent burst of wrong guesses reach at most the limit, the rest get 429', async () => {
      const learner = await Learner.signUp(t.app);
      const guesser = freshAddress();
      const burst = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          login(t.app, learner.email, `wrong guess ${i}`, guesser),
        ),
      );
      const statuses = burst.map((r) => r.statusCode);
      expect(countOf(statuses, 401)).toBeLessThanOrEqual(LIMIT);
      expect(countOf(statuses, 401) + countOf(statuses, 429)).toBe(20);
      const refused = burst.find((r) => r.statusCode === 429);
      expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('refuses the right password sent in a burst after the limit is used', async () => {
      const learner = await Learner.signUp(t.app);
      const guesser = freshAddress();
      const burst = await Promise.all([
        ...Array.from({ length: 28 }, (_, i) =>
          login(t.app, learner.email, `wrong guess ${i}`, guesser),
        ),
        login(t.app, learner.email, GOOD_PASSWORD, guesser),
      ]);
      const statuses = burst.map((r) => r.statusCode);
      expect(countOf(statuses, 401)).toBeLessThanOrEqual(LIMIT);
      expect(statuses).not.toContain(200);
      expect(statuses.at(-1)).toBe(429);
    });

    it('locks out the guesser, not the owner signing in from another address', async () => {
      const learner = await Learner.signUp(t.app);
      const guesser = freshAddress();
      for (let i = 0; i < LIMIT; i += 1) {
        expect((await login(t.app, learner.email, `guess ${i}`, guesser)).statusCode).toBe(401);
      }
      expect((await login(t.app, learner.email, 'one more guess', guesser)).statusCode).toBe(429);
      // Even the right password is refused from the guesser's address until the window ends.
      expect((await login(t.app, learner.email, GOOD_PASSWORD, guesser)).statusCode).toBe(429);

      const owner = await login(t.app, learner.email, GOOD_PASSWORD, freshAddress());
      expect(owner.statusCode).toBe(200);
      expect((await login(t.app, learner.email, 'still guessing', guesser)).statusCode).toBe(429);
    });

    it('slows, but does not lock, an account guessed at from many addresses', async () => {
      const learner = await Learner.signUp(t.app);
      const guessers = Array.from({ length: 5 }, freshAddress);
      const statuses: number[] = [];
      for (const guesser of guessers) {
        for (let i = 0; i < LIMIT; i += 1) {
          statuses.push((await login(t.app, learner.email, `guess ${i}`, guesser)).statusCode);
        }
      }
      // The first failures past the ceiling are let through one per backoff interval.
      expect(statuses.slice(0, THROTTLE_LIMITS.accountCeiling).every((s) => s === 401)).toBe(true);
      expect(countOf(statuses, 429)).toBeGreaterThan(0);
      expect(countOf(statuses, 401) + countOf(statuses, 429)).toBe(statuses.length);

      const ownerAddress = freshAddress();
      let owner = await login(t.app, learner.email, GOOD_PASSWORD, ownerAddress);
      if (owner.statusCode === 429) {
        const wait = Number(owner.headers['retry-after']);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(THROTTLE_LIMITS.backoffMaxMs / 1000);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
        owner = await login(t.app, learner.email, GOOD_PASSWORD, ownerAddress);
      }
      expect(owner.statusCode).toBe(200);
    });

    it('throttles wrong current passwords on a password change like logins', async () => {
      const learner = await Learner.signUp(t.app);
      const change = (currentPassword: string) =>
        learner.request('POST', '/api/v1/me/password', {
          currentPassword,
          newPassword: 'a kettle on the hill',
        });
      for (let i = 0; i < LIMIT; i += 1) {
        const wrong = await change(`not my password ${i}`);
        expect(wrong.statusCode).toBe(400);
        expect(wrong.json().errors[0].path).toBe('/body/currentPassword');
      }
      const refused = await change('not my password again');
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await change(GOOD_PASSWORD)).statusCode).toBe(429);
    });
  });

  describe.each([
    { trust: '1', label: 'one trusted hop' },
    { trust: '10.0.0.7', label: 'the proxy address' },
    { trust: '10.0.0.0/8', label: 'the proxy network' },
  ])('behind a proxy trusted by $label', ({ trust }) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp(dialect, { TRUST_PROXY: trust });
    });
    afterAll(() => t?.close());

    it('counts attempts by the address the proxy saw, whatever the client puts first', async () => {
      const client = freshAddress();
      const statuses: number[] = [];
      for (let i = 0; i <= THROTTLE_LIMITS.attemptsPerAddress; i += 1) {
        const response = await login(
          t.app,
          uniqueEmail('spray'),
          'whatever it may be',
          '10.0.0.7',
          {
            // The proxy appends the address it saw; everything before it is the client's to invent.
            'x-forwarded-for': `${freshAddress()}, ${client}`,
          },
        );
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, THROTTLE_LIMITS.attemptsPerAddress).every((s) => s === 401)).toBe(
        true,
      );
      expect(statuses.at(-1)).toBe(429);
    });
  });
});
