// Sessions of requests that arrive together are found with one query: each must still get its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

describe.each(DIALECTS)('signed-in requests arriving together on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  it('answers each with its own learner, and a logged-out session with 401', async () => {
    const learners: Learner[] = [];
    for (let i = 0; i < 20; i += 1) learners.push(await Learner.signUp(t.app));
    const gone = learners[7] as Learner;
    expect((await gone.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);

    // Sent in one go, twice per learner, so the lookups share a turn of the event loop.
    const everyone = [...learners, ...learners];
    const answers = await Promise.all(everyone.map((l) => l.request('GET', '/api/v1/me')));
    answers.forEach((answer, i) => {
      const learner = everyone[i] as Learner;
      if (learner === gone) expect(answer.statusCode).toBe(401);
      else expect(answer.json().email).toBe(learner.email);
    });
  });
});
