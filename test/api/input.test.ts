import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner, ORIGIN, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

interface ProblemBody {
  status: number;
  type: string;
  detail: string;
  errors: { path: string; message: string }[];
}

describe.each(DIALECTS)('bad input on $name', (dialect) => {
  let t: TestApp;
  let learner: Learner;
  beforeAll(async () => {
    t = await startApp(dialect);
    learner = await Learner.signUp(t.app);
  });
  afterAll(() => t?.close());

  const raw = (
    method: 'PUT' | 'PATCH' | 'POST',
    url: string,
    body: string,
    contentType = 'application/json',
  ) =>
    t.app.inject({
      method,
      url,
      body,
      headers: {
        cookie: learner.cookie,
        origin: ORIGIN,
        'x-csrf-token': learner.csrf,
        'content-type': contentType,
      },
    });

  const expectProblem = (
    response: { statusCode: number; headers: Record<string, unknown>; json(): ProblemBody },
    status: number,
    path?: string,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status, type: expect.stringMatching(/^urn:waymark:problem:/) });
    if (path) expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    return problem;
  };

  it('names a field of the wrong type', async () => {
    expectProblem(
      await learner.request('PUT', '/api/v1/me/progress/git-basics', { status: 42 }),
      400,
      '/body/status',
    );
    expectProblem(await learner.request('PATCH', '/api/v1/me', { level: 3 }), 400, '/body/level');
  });

  it('names a value outside the allowed set', async () => {
    const problem = expectProblem(
      await learner.request('PUT', '/api/v1/me/progress/git-basics', { status: 'done' }),
      400,
      '/body/status',
    );
    expect(problem.errors[0]?.message).toContain('comfortable');
    expectProblem(
      await learner.request('PATCH', '/api/v1/me', { language: 'cobol' }),
      400,
      '/body/language',
    );
    expectProblem(
      await learner.request('PATCH', '/api/v1/me', { timeZone: 'Mars/Olympus' }),
      400,
      '/body/timeZone',
    );
  });

  it('names a missing field', async () => {
    expectProblem(
      await learner.request('PUT', '/api/v1/me/progress/git-basics', { note: 'no status' }),
      400,
      '/body/status',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: { origin: ORIGIN },
        payload: { email: 'a@b.example' },
      }),
      400,
      '/body/password',
    );
  });

  it('names a field it does not accept', async () => {
    expectProblem(
      await learner.request('PATCH', '/api/v1/me', { email: 'new@example.test' }),
      400,
      '/body/email',
    );
  });

  it('refuses an invalid email address', async () => {
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: { origin: ORIGIN },
        payload: { email: 'not-an-email', password: 'long enough password' },
      }),
      400,
      '/body/email',
    );
  });

  it('refuses malformed JSON with 400', async () => {
    expectProblem(await raw('PUT', '/api/v1/me/progress/git-basics', '{"status": "learning"'), 400);
  });

  it('refuses an oversized body with 413', async () => {
    const note = 'x'.repeat(300 * 1024);
    expectProblem(
      await raw(
        'PUT',
        '/api/v1/me/progress/git-basics',
        JSON.stringify({ status: 'learning', note }),
      ),
      413,
    );
  });

  it('refuses a body that is not JSON with 415', async () => {
    expectProblem(
      await raw(
        'PUT',
        '/api/v1/me/progress/git-basics',
        'status=learning',
        'application/x-www-form-urlencoded',
      ),
      415,
    );
  });

  it('refuses a bad query string with the parameter named', async () => {
    expectProblem(
      await learner.request('GET', '/api/v1/me/history?limit=0'),
      400,
      '/querystring/limit',
    );
    expectProblem(
      await learner.request('GET', '/api/v1/me/history?cursor=abc'),
      400,
      '/querystring/cursor',
    );
  });

  it('answers an unknown API path with a 404 problem', async () => {
    expectProblem(await learner.request('GET', '/api/v1/nowhere'), 404);
  });

  it('stored nothing from any of the refused requests', async () => {
    expect((await learner.request('GET', '/api/v1/me/history')).json().items).toEqual([]);
    expect((await learner.request('GET', '/api/v1/me')).json()).toMatchObject({
      level: null,
      language: null,
      timeZone: 'UTC',
    });
  });
});
