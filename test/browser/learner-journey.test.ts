import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession, PASSWORD } from '../support/browser.js';

/**
 * One learner's first weeks, all through the pages: sign up, onboarding, marking topics,
 * starting a practice project, finishing it, its retro, and the dashboard reflecting it all.
 */
describe('a learner journey in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  it('signs up, plans, practises, finishes a project, reviews it, and sees the dashboard change', async () => {
    const { page, context, consoleErrors } = await session.learner({});
    await context.clearCookies();
    const nav = (name: string) =>
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

    // Sign up and onboarding.
    await page.goto(`${session.url}/signup`);
    await page.getByLabel('Email').fill(`journey-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByLabel('Your one language').selectOption('javascript');
    await page.getByRole('button', { name: 'Start my roadmap' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

    // Mark topics on the roadmap.
    await nav('Roadmap').click();
    const joins = page.getByRole('article', { name: 'SQL joins' });
    await joins.getByLabel('Status').selectOption('fragile');
    await joins.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const git = page.getByRole('article', { name: 'Git basics' });
    await git.getByLabel('Status').selectOption('comfortable');
    await git.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // Start a practice project, then finish it.
    await nav('Projects').click();
    const catalogue = page.getByRole('region', { name: 'Practice catalogue' });
    await catalogue
      .getByRole('article', { name: 'Notes API' })
      .getByRole('button', { name: 'Start this project' })
      .click();
    const mine = page
      .getByRole('region', { name: 'My projects' })
      .getByRole('article', { name: 'Notes API' });
    await mine.waitFor();
    await mine.getByRole('button', { name: 'Mark done' }).click();
    await mine.getByLabel('Deployed URL').fill('https://notes.example.org');
    await mine.getByRole('button', { name: 'Save as done' }).click();
    await mine.getByText('Done', { exact: true }).waitFor();

    // The dashboard now asks for the retro.
    await nav('Dashboard').click();
    const due = page.getByRole('region', { name: 'Reviews due' });
    await due.getByRole('link', { name: /Project retro/ }).waitFor();

    // The retro, from the project card.
    await nav('Projects').click();
    await page
      .getByRole('region', { name: 'My projects' })
      .getByRole('article', { name: 'Notes API' })
      .getByRole('link', { name: 'Write the project retro' })
      .click();
    await page.getByRole('heading', { name: 'Project retro', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: 'Queries were slow or awkward' }).check();
    await page
      .getByRole('list', { name: 'Plan changes' })
      .getByText(/SQL joins (goes back to|stays in) essential now/)
      .waitFor();
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();

    // The dashboard shows the change: no retro due, and the progress bars count the work.
    await nav('Dashboard').click();
    await page.getByRole('heading', { name: 'Progress by column' }).waitFor();
    await expect.poll(() => due.getByRole('link', { name: /Project retro/ }).count()).toBe(0);
    const databases = page.getByRole('img', { name: /^Databases:/ });
    expect(await databases.getAttribute('aria-label')).toMatch(/1 fragile/);
    const devops = page.getByRole('img', { name: /^Deployment and DevOps basics:/ });
    expect(await devops.getAttribute('aria-label')).toMatch(/1 comfortable/);
    expect(consoleErrors).toEqual([]);
  });
});
