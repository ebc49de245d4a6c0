import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.js';
import {
  GOOD_PASSWORD,
  Learner,
  ORIGIN,
  sessionCookie,
  startApp,
  type TestApp,
  uniqueEmail,
} from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

describe.each(DIALECTS)('accounts on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { origin: ORIGIN, ...headers } });

  it('registers a learner, sets a hardened session cookie and signs them in', async () => {
    const email = uniqueEmail();
    const response = await post('/api/v1/auth/register', { email, password: GOOD_PASSWORD });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ email, level: null, timeZone: 'UTC' });
    const cookie = response.cookies.find((c) => c.name === 'waymark_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(Buffer.from(cookie?.value ?? '', 'base64url').length).toBeGreaterThanOrEqual(32);

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: sessionCookie(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(email);
  });

  it('stores only an argon2id hash of the password and a SHA-256 hash of the session token', async () => {
    const email = uniqueEmail();
    const response = await post('/api/v1/auth/register', { email, password: GOOD_PASSWORD });
    const token = response.cookies.find((c) => c.name === 'waymark_session')?.value ?? '';
    const handle = openDatabase(t.database.url);
    try {
      const user = await handle.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(user.password_hash).not.toContain(GOOD_PASSWORD);
      const sessions = await handle.db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', user.id)
        .execute();
      expect(sessions.map((s) => s.token_hash)).toEqual([
        createHash('sha256').update(token).digest('hex'),
      ]);
      const everything = JSON.stringify(
        await sql`select * from sessions`.execute(handle.db).then((r) => r.rows),
      );
      expect(everything).not.toContain(token);
    } finally {
      await handle.close();
    }
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    const secure = await startApp(dialect, { PUBLIC_URL: 'https://waymark.example' });
    try {
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: { origin: 'https://waymark.example' },
        payload: { email: uniqueEmail(), password: GOOD_PASSWORD },
      });
      expect(response.statusCode).toBe(201);
      expect(response.cookies.find((c) => c.name === 'waymark_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('refuses short, common and email-like passwords with the field named', async () => {
    const email = uniqueEmail('someone');
    for (const password of ['short', 'password123', 'aaaaaaaaaaaa', `${email.split('@')[0]}!x`]) {
      const response = await post('/api/v1/auth/register', { email, password });
      expect(response.statusCode, password).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors[0].path).toBe('/body/password');
    }
  });

  it('refuses breached passwords dressed up with capitals, leet, years and "!"', async () => {
    for (const password of ['Password1!', 'Summer2024!', 'P@ssw0rd2024!', 'Qwerty123456!']) {
      const response = await post('/api/v1/auth/register', { email: uniqueEmail(), password });
      expect(response.statusCode, password).toBe(400);
      expect(response.json().errors[0].path).toBe('/body/password');
      expect(response.json().detail).toMatch(/too common/);
    }
  });

  it('accepts a passphrase and a random string', async () => {
    for (const password of [GOOD_PASSWORD, randomBytes(12).toString('base64url')]) {
      const response = await post('/api/v1/auth/register', { email: uniqueEmail(), password });
      expect(response.statusCode, password).toBe(201);
    }
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const email = uniqueEmail();
    expect(
      (await post('/api/v1/auth/register', { email, password: GOOD_PASSWORD })).statusCode,
    ).toBe(201);
    const again = await post('/api/v1/auth/register', {
      email: email.toUpperCase(),
      password: GOOD_PASSWORD,
    });
    expect(again.statusCode).toBe(409);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const learner = await Learner.signUp(t.app);
    const wrong = await post('/api/v1/auth/login', {
      email: learner.email,
      password: 'not the password at all',
    });
    const unknown = await post('/api/v1/auth/login', {
      email: uniqueEmail('nobody'),
      password: 'not the password at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('logs in with the right password and refuses that address more guesses after five failures', async () => {
    const learner = await Learner.signUp(t.app);
    const ok = await post('/api/v1/auth/login', { email: learner.email, password: GOOD_PASSWORD });
    expect(ok.statusCode).toBe(200);
    for (let i = 0; i < 5; i += 1) {
      const guess = await post('/api/v1/auth/login', {
        email: learner.email,
        password: `guess number ${i}`,
      });
      expect(guess.statusCode).toBe(401);
    }
    const blocked = await post('/api/v1/auth/login', {
      email: learner.email,
      password: GOOD_PASSWORD,
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits login attempts from one address across accounts', async () => {
    const ip = '203.0.113.9';
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: ip,
        headers: { origin: ORIGIN },
        payload: { email: uniqueEmail('spray'), password: 'whatever it may be' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('tells a page who is signed in without answering an error', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null, csrfToken: null });
    const learner = await Learner.signUp(t.app);
    const signedIn = await learner.request('GET', '/api/v1/auth/session');
    expect(signedIn.json()).toMatchObject({ user: { id: learner.id }, csrfToken: learner.csrf });
  });

  it('logs out, after which the cookie no longer works', async () => {
    const learner = await Learner.signUp(t.app);
    expect((await learner.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await learner.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('lists my sessions and revokes another one', async () => {
    const first = await Learner.signUp(t.app);
    const login = await post('/api/v1/auth/login', { email: first.email, password: GOOD_PASSWORD });
    const second = new Learner(
      t.app,
      sessionCookie(login),
      login.json().csrfToken,
      first.id,
      first.email,
    );

    const sessions = (await first.request('GET', '/api/v1/me/sessions')).json();
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s: { current: boolean }) => !s.current);
    expect((await first.request('DELETE', `/api/v1/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await second.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await first.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('changes the password after checking the current one, signing out other sessions', async () => {
    const me = await Learner.signUp(t.app);
    const elsewhere = await post('/api/v1/auth/login', {
      email: me.email,
      password: GOOD_PASSWORD,
    });
    const other = new Learner(
      t.app,
      sessionCookie(elsewhere),
      elsewhere.json().csrfToken,
      me.id,
      me.email,
    );

    const wrong = await me.request('POST', '/api/v1/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('/body/currentPassword');
    const weak = await me.request('POST', '/api/v1/me/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'password123',
    });
    expect(weak.json().errors[0].path).toBe('/body/newPassword');

    const changed = await me.request('POST', '/api/v1/me/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await me.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await other.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect(
      (await post('/api/v1/auth/login', { email: me.email, password: GOOD_PASSWORD })).statusCode,
    ).toBe(401);
    expect(
      (await post('/api/v1/auth/login', { email: me.email, password: 'a brand new passphrase' }))
        .statusCode,
    ).toBe(200);
  });

  it("cannot revoke someone else's session", async () => {
    const alice = await Learner.signUp(t.app);
    const bob = await Learner.signUp(t.app);
    const [bobSession] = (await bob.request('GET', '/api/v1/me/sessions')).json();
    expect((await alice.request('DELETE', `/api/v1/me/sessions/${bobSession.id}`)).statusCode).toBe(
      404,
    );
    expect((await bob.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('refuses a cookie-authenticated write without the CSRF token, or with a wrong one', async () => {
    const learner = await Learner.signUp(t.app);
    const without = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: learner.cookie, origin: ORIGIN },
      payload: { level: 'intermediate' },
    });
    expect(without.statusCode).toBe(403);
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: learner.cookie, origin: ORIGIN, 'x-csrf-token': 'forged' },
      payload: { level: 'intermediate' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await learner.request('GET', '/api/v1/me')).json().level).toBeNull();

    const csrf = await learner.request('GET', '/api/v1/auth/csrf');
    expect(csrf.json().token).toBe(learner.csrf);
    expect(
      (await learner.request('PATCH', '/api/v1/me', { level: 'intermediate' })).statusCode,
    ).toBe(200);
  });

  it("refuses a write from another site's page", async () => {
    const learner = await Learner.signUp(t.app);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: {
        cookie: learner.cookie,
        origin: 'https://evil.example',
        'x-csrf-token': learner.csrf,
      },
      payload: { level: 'intermediate' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('answers 401 to every personal route without a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/me'],
      ['PATCH', '/api/v1/me'],
      ['GET', '/api/v1/me/roadmaps/backend'],
      ['PUT', '/api/v1/me/progress/git-basics'],
      ['GET', '/api/v1/me/history'],
      ['GET', '/api/v1/me/sessions'],
      ['GET', '/api/v1/auth/csrf'],
      ['POST', '/api/v1/auth/logout'],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: { origin: ORIGIN },
        ...(method === 'PATCH' || method === 'PUT'
          ? { payload: { status: 'learning', level: 'beginner' } }
          : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('sends security headers on every response', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/roadmaps' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});
