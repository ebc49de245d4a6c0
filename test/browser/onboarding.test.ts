import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession, PASSWORD, seriousAxeViolations } from '../support/browser.js';

describe('sign-up and onboarding in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  it('takes a new learner from sign-up through onboarding to the dashboard, with the choices kept', async () => {
    const { page, consoleErrors, context } = await session.learner({});
    await context.clearCookies();
    await page.goto(`${session.url}/signup`);
    await page.getByLabel('Email').fill(`onboarding-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();

    await page.getByRole('heading', { name: 'Set up your plan' }).waitFor();
    await page.getByLabel(/Job-seeking/).check();
    await page.getByLabel('Your one language').selectOption('python');
    await expect
      .poll(() => page.getByLabel('Your framework').locator('option').allTextContents())
      .toContain('Django');
    await page.getByLabel('Your framework').selectOption('Django');
    await page.getByLabel('Target role').fill('Junior backend developer');
    await page.getByLabel('Check in').selectOption('fortnightly');
    await page.getByLabel('Time zone').fill('Europe/Paris');
    await page.getByRole('button', { name: 'Start my roadmap' }).click();

    await expect.poll(() => page.url()).toMatch(/\/dashboard$/);
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    expect(me).toMatchObject({
      level: 'job_seeking',
      language: 'python',
      framework: 'Django',
      targetRole: 'Junior backend developer',
      reviewCadence: 'fortnightly',
      timeZone: 'Europe/Paris',
    });
    expect(consoleErrors).toEqual([]);
  });

  it('refuses an unknown time zone next to the field', async () => {
    const { page } = await session.learner({});
    await page.goto(`${session.url}/onboarding`);
    await page.getByLabel('Your one language').selectOption('go');
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Start my roadmap' }).click();
    await page.getByText(/Time zone must be an IANA time zone/).waitFor();
    expect(page.url()).toMatch(/\/onboarding$/);
  });

  it('has an accessibility check that does find problems (a nameless button)', async () => {
    const { page } = await session.learner({});
    await page.goto(`${session.url}/onboarding`);
    await page.getByRole('heading', { name: 'Set up your plan' }).waitFor();
    await page.evaluate(() =>
      document.querySelector('main')?.append(document.createElement('button')),
    );
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toContain('button-name');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility problems on log-in, sign-up and onboarding (${colorScheme})`, async () => {
      const { page, context } = await session.learner(
        {},
        { width: 1280, height: 900 },
        colorScheme,
      );
      await page.goto(`${session.url}/onboarding`);
      await page.getByRole('heading', { name: 'Set up your plan' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.clearCookies();
      for (const path of ['/login', '/signup']) {
        await page.goto(`${session.url}${path}`);
        await page
          .getByRole('button', { name: path === '/login' ? 'Log in' : 'Sign up' })
          .waitFor();
        expect(await seriousAxeViolations(page), path).toEqual([]);
      }
    });
  }
});
