import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserLearner, BrowserSession, seriousAxeViolations } from '../support/browser.js';
import type { HttpLearner } from '../support/server-process.js';

const IDEA = 'Plain HTTP server without a framework';

/** The browser logs a failed request as a console error; a test that provokes one expects it. */
const unexpected = (errors: string[], status: number) =>
  errors.filter((message) => !message.includes(`status of ${status}`));

async function json<T>(api: HttpLearner, method: string, path: string, body?: unknown): Promise<T> {
  const response = await api.send(method, `/api/v1${path}`, body);
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const startIdea = (api: HttpLearner, catalogueId = 'plain-http-server') =>
  json<{ id: string; title: string }>(api, 'POST', '/me/projects', {
    catalogueId,
    status: 'building',
  });

const region = (page: Page, name: string) => page.getByRole('region', { name });

describe('projects and reviews in Chromium', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts a project from a practice idea and sees its topics', async () => {
    const { page, consoleErrors } = await session.learner();
    await page.goto(`${session.url}/projects`);
    await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
    await region(page, 'My projects').getByText('No projects yet').waitFor();

    const idea = region(page, 'Practice catalogue').getByRole('article', { name: IDEA });
    await idea.getByRole('button', { name: 'Start this project' }).click();

    const project = region(page, 'My projects').getByRole('article', { name: IDEA });
    const topics = project.getByRole('list', { name: 'Topics it practises' });
    await topics.getByText('HTTP status codes', { exact: true }).waitFor();
    expect(await topics.getByText('The request lifecycle on the server').count()).toBe(1);
    expect(await project.getByText('Building', { exact: true }).count()).toBe(1);
    await idea.getByText('Started').waitFor();
    expect(await idea.getByRole('button', { name: 'Start this project' }).count()).toBe(0);

    await page.reload();
    await region(page, 'My projects').getByRole('article', { name: IDEA }).waitFor();
    await region(page, 'Practice catalogue')
      .getByRole('article', { name: IDEA })
      .getByText('Started')
      .waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('adds a project from scratch, shows the server’s error next to a bad repo URL, then saves it fixed', async () => {
    const { page, consoleErrors } = await session.learner();
    await page.goto(`${session.url}/projects`);
    await page.getByRole('button', { name: 'Add a project from scratch' }).click();
    await page.getByLabel('Title').fill('Todo API');
    await page.getByLabel('Description').fill('A REST API for my todo list.');
    const repo = page.getByLabel('Repository URL');
    await repo.fill('github.com/me/todo-api');
    await page.getByLabel('Status', { exact: true }).selectOption('building');
    const origin = page.getByRole('group', { name: 'How did it begin?' });
    expect(await origin.getByRole('radio', { name: /blank project/ }).isChecked()).toBe(true);
    await origin.getByRole('radio', { name: 'Following a tutorial or course' }).check();
    await page.getByLabel('Find a topic').fill('joins');
    await page.getByRole('checkbox', { name: 'SQL joins' }).check();
    await page.getByRole('button', { name: 'Add project' }).click();

    const problem = page.getByText('Enter a full web address');
    await problem.waitFor();
    expect(await repo.getAttribute('aria-invalid')).toBe('true');
    expect(await repo.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    // Everything typed is still there to fix.
    expect(await page.getByLabel('Title').inputValue()).toBe('Todo API');
    expect(await page.getByRole('checkbox', { name: 'SQL joins' }).isChecked()).toBe(true);

    await repo.fill('https://github.com/me/todo-api');
    await page.getByRole('button', { name: 'Add project' }).click();
    const project = region(page, 'My projects').getByRole('article', { name: 'Todo API' });
    await project.getByRole('link', { name: 'github.com/me/todo-api' }).waitFor();
    await project
      .getByRole('list', { name: 'Topics it practises' })
      .getByText('SQL joins')
      .waitFor();
    await page.getByText('Added “Todo API” to My projects.').waitFor();
    expect(await project.getByText('Began: following a tutorial or course').count()).toBe(1);
    expect(unexpected(consoleErrors, 400)).toEqual([]);
  });

  it('marks a project done, writes its retro from a pain point, and the retro is no longer due', async () => {
    const { page, api, consoleErrors } = await session.learner();
    const started = await startIdea(api);
    const roadmap = await json<{ topics: { id: string; title: string }[] }>(
      api,
      'GET',
      '/me/roadmaps/backend',
    );
    const titleOf = (id: string) => roadmap.topics.find((t) => t.id === id)?.title ?? id;

    await page.goto(`${session.url}/projects`);
    const project = region(page, 'My projects').getByRole('article', { name: IDEA });
    await project.getByRole('button', { name: 'Mark done' }).click();
    await project.getByLabel('Deployed URL').fill('https://echo.example.com');
    await project.getByRole('checkbox', { name: /production-like/ }).check();
    await project.getByRole('button', { name: 'Save as done' }).click();
    await project.getByText('Done', { exact: true }).waitFor();
    await project.getByRole('link', { name: 'echo.example.com' }).waitFor();

    await project.getByRole('link', { name: 'Write the project retro' }).click();
    await page.getByRole('heading', { name: 'Project retro', level: 1 }).waitFor();
    expect(page.url()).toContain(`/reviews/new/project?projectId=${started.id}`);
    await page.getByText(`For your project ${IDEA}`).waitFor();

    await page.getByRole('checkbox', { name: 'Queries were slow or awkward' }).check();
    const preview = page.getByRole('list', { name: 'Plan changes' });
    for (const id of ['indexes', 'sql-joins', 'normalization', 'query-optimization']) {
      await preview
        .getByText(new RegExp(`^${titleOf(id)} (goes back to|stays in) essential now`))
        .waitFor();
    }
    await page.getByLabel(/What went well/).fill('Writing the 404 and 405 handlers first.');
    await page.getByRole('button', { name: 'Save review' }).click();

    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    const saved = region(page, 'Past reviews').getByRole('article', {
      name: `Project retro: ${IDEA}`,
    });
    await saved.getByText('Queries were slow or awkward').waitFor();
    await saved.getByText('Writing the 404 and 405 handlers first.').waitFor();
    await saved.getByText(`${titleOf('sql-joins')} went back to essential now`).waitFor();
    await page.getByText(/Your project retro is saved/).waitFor();
    expect(
      await region(page, 'Due reviews')
        .getByRole('link', { name: /Project retro/ })
        .count(),
    ).toBe(0);
    const due = await json<{ type: string }[]>(api, 'GET', '/me/reviews/due');
    expect(due.map((d) => d.type)).not.toContain('project');
    expect(consoleErrors).toEqual([]);
  });

  it('makes the gap a monthly check-in picks the coach’s focus', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await page.goto(`${session.url}/reviews`);
    await page.getByRole('link', { name: 'Start a monthly check-in' }).click();
    await page.getByRole('heading', { name: 'Monthly check-in', level: 1 }).waitFor();

    await page.getByLabel(/What did I build this month/).fill('A plain HTTP server.');
    await page.getByLabel(/Which one gap do I close next/).selectOption({ label: 'SQL joins' });
    await page
      .getByRole('list', { name: 'Plan changes' })
      .getByText('Focus becomes SQL joins')
      .waitFor();
    await page.getByRole('button', { name: 'Save review' }).click();

    const saved = region(page, 'Past reviews').getByRole('article', { name: 'Monthly check-in' });
    await saved.getByText('Focus became SQL joins').waitFor();
    await saved.getByText('A plain HTTP server.').waitFor();
    const coach = await json<{ nextSteps: { focus: { topicId: string } | null } }>(
      api,
      'GET',
      '/me/coach',
    );
    expect(coach.nextSteps.focus?.topicId).toBe('sql-joins');
    expect(consoleErrors).toEqual([]);
  });

  it('previews and applies a quarterly refresh: a status, a bucket, a removal and the next project', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await page.goto(`${session.url}/reviews/new/quarterly`);
    await page.getByRole('heading', { name: 'Quarterly refresh', level: 1 }).waitFor();

    await page.getByLabel('SQL joins status').selectOption('fragile');
    await page.getByLabel('Docker and containers bucket').selectOption('essential_now');
    await page.getByLabel(/Which one project do I build next/).selectOption({ label: 'Notes API' });
    const fear = page.getByRole('group', { name: /out of fear/ });
    await fear.getByLabel('Find a topic').fill('mongo');
    await fear.getByRole('checkbox', { name: 'MongoDB' }).check();

    const preview = page.getByRole('list', { name: 'Plan changes' });
    for (const line of [
      'SQL joins becomes fragile (was not started)',
      'Docker and containers moves from useful next to essential now',
      'MongoDB is removed from your plan (skipped, optional later)',
      'Your next project becomes Notes API',
    ]) {
      await preview.getByText(line).waitFor();
    }
    await page.getByRole('button', { name: 'Save review' }).click();
    await region(page, 'Past reviews')
      .getByRole('article', { name: 'Quarterly refresh' })
      .getByText('MongoDB was removed from the plan')
      .waitFor();

    const roadmap = await json<{
      topics: { id: string; bucket: string; progress: { status: string } }[];
    }>(api, 'GET', '/me/roadmaps/backend');
    const topic = (id: string) => roadmap.topics.find((t) => t.id === id);
    expect(topic('sql-joins')?.progress.status).toBe('fragile');
    expect(topic('docker')?.bucket).toBe('essential_now');
    expect(topic('mongodb')?.progress.status).toBe('skipped');
    expect(consoleErrors).toEqual([]);
  });

  it('keeps every answer and says why when a review cannot be saved', async () => {
    const { page, consoleErrors } = await session.learner();
    await page.goto(`${session.url}/reviews/new/monthly`);
    await page.getByLabel(/What did I build this month/).fill('Nothing I am proud of.');
    await page.getByLabel(/Which one gap do I close next/).selectOption({ label: 'SQL joins' });
    await page.route('**/api/v1/me/reviews', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Unavailable', status: 503, detail: 'Try again soon.' }),
      }),
    );
    await page.getByRole('button', { name: 'Save review' }).click();
    await page
      .getByRole('alert')
      .getByText(/Not saved: Try again soon/)
      .waitFor();
    expect(await page.getByLabel(/What did I build this month/).inputValue()).toBe(
      'Nothing I am proud of.',
    );
    expect(await page.getByLabel(/Which one gap do I close next/).inputValue()).toBe('sql-joins');

    await page.unroute('**/api/v1/me/reviews');
    await page.getByRole('button', { name: 'Save review' }).click();
    await region(page, 'Past reviews').getByText('Nothing I am proud of.').waitFor();
    expect(unexpected(consoleErrors, 503)).toEqual([]);
  });

  it('deletes a project only after asking', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await startIdea(api);
    await page.goto(`${session.url}/projects`);
    const project = region(page, 'My projects').getByRole('article', { name: IDEA });
    await project.getByRole('button', { name: 'Delete' }).click();
    await project.getByRole('button', { name: 'Keep it' }).click();
    await project.getByRole('button', { name: 'Delete' }).click();
    await project.getByRole('button', { name: 'Delete project' }).click();
    await region(page, 'My projects').getByText('No projects yet').waitFor();
    expect(await json<unknown[]>(api, 'GET', '/me/projects')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  /** A learner with a finished project and a past review, so every part of the pages shows. */
  async function learnerWithHistory(
    colorScheme: 'light' | 'dark',
    viewport = { width: 1280, height: 900 },
  ): Promise<BrowserLearner> {
    const learner = await session.learner(undefined, viewport, colorScheme);
    await startIdea(learner.api, 'notes-api');
    const project = await startIdea(learner.api);
    await json(learner.api, 'PATCH', `/me/projects/${project.id}`, {
      status: 'done',
      deployedUrl: 'https://echo.example.com',
    });
    await json(learner.api, 'POST', '/me/reviews', {
      type: 'monthly',
      answers: { built: 'An echo server.', 'next-gap': 'SQL joins' },
      changes: { focusTopicId: 'sql-joins', revisit: ['http-status-codes'] },
    });
    return learner;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe on the projects, reviews and review form pages in ${colorScheme}`, async () => {
      const { page, consoleErrors } = await learnerWithHistory(colorScheme);
      const pages = [
        ['/projects', 'Projects'],
        ['/reviews', 'Reviews'],
        ['/reviews/new/quarterly', 'Quarterly refresh'],
        ['/reviews/new/project', 'Project retro'],
      ] as const;
      for (const [path, heading] of pages) {
        await page.goto(`${session.url}${path}`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        if (path === '/projects') {
          // Check the forms too, not only the page at rest.
          await page.getByRole('button', { name: 'Add a project from scratch' }).click();
          await region(page, 'My projects')
            .getByRole('article', { name: 'Notes API' })
            .getByRole('button', { name: 'Mark done' })
            .click();
        }
        if (path === '/reviews/new/project') {
          await page.getByLabel(/Which finished project/).selectOption({ label: IDEA });
          await page.getByRole('checkbox', { name: 'The API got hard to maintain' }).check();
          await page.getByRole('list', { name: 'Plan changes' }).waitFor();
        }
        expect({ path, violations: await seriousAxeViolations(page) }).toEqual({
          path,
          violations: [],
        });
      }
      expect(consoleErrors).toEqual([]);
    });
  }

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const { page, consoleErrors } = await learnerWithHistory('light', { width: 360, height: 740 });
    for (const path of [
      '/projects',
      '/reviews',
      '/reviews/new/quarterly',
      '/reviews/new/project',
    ]) {
      await page.goto(`${session.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    expect(consoleErrors).toEqual([]);
  });
});
