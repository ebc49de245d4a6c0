import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserLearner, BrowserSession, seriousAxeViolations } from '../support/browser.js';
import type { HttpLearner } from '../support/server-process.js';

const SQL_PITFALL = 'Framework topics are moving while SQL is not';

/** Sends a request as the learner and fails the test at once if the API refuses it. */
async function send<T>(api: HttpLearner, method: string, path: string, body?: unknown): Promise<T> {
  const response = await api.send(method, path, body);
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const markTopic = (api: HttpLearner, topicId: string, status: string) =>
  send(api, 'PUT', `/api/v1/me/progress/${topicId}`, { status });

/** Three framework topics started and no SQL: the coach's SQL pitfall fires. */
async function startFrameworkWithoutSql(api: HttpLearner) {
  for (const topicId of ['web-framework', 'routing', 'middleware']) {
    await markTopic(api, topicId, 'learning');
  }
}

async function statusOf(api: HttpLearner, topicId: string): Promise<string | undefined> {
  const roadmap = await send<{ topics: { id: string; progress: { status: string } }[] }>(
    api,
    'GET',
    '/api/v1/me/roadmaps/backend',
  );
  return roadmap.topics.find((t) => t.id === topicId)?.progress.status;
}

async function openDashboard(session: BrowserSession, page: Page) {
  await page.goto(`${session.url}/dashboard`);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Progress by column' }).waitFor();
  await page.getByRole('img', { name: /^Core language:/ }).waitFor();
}

async function openOnePage(session: BrowserSession, page: Page) {
  await page.goto(`${session.url}/one-page`);
  await page.getByRole('heading', { name: 'One-page roadmap', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Databases', level: 2 }).waitFor();
}

describe('the dashboard in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  it('shows the SQL pitfall, and its action starts SQL basics and clears the finding', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await startFrameworkWithoutSql(api);
    await openDashboard(session, page);

    const finding = page.getByRole('article', { name: SQL_PITFALL });
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/Every API ends up in a database/);
    expect(await finding.textContent()).toMatch(/Warning/);
    await page.getByRole('heading', { name: 'Pitfalls', level: 3 }).waitFor();

    await finding.getByRole('button', { name: /Start “SQL basics/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Done: Start “SQL basics/ })
      .waitFor();
    await expect.poll(() => finding.count()).toBe(0);
    expect(await statusOf(api, 'sql-basics')).toBe('learning');
    await page.getByText(/Nothing to flag/).waitFor();

    const readyMarks = await page.evaluate(
      () => performance.getEntriesByName('dashboard-ready').length,
    );
    expect(readyMarks).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the focus the last check-in chose first, with a link to the roadmap', async () => {
    const { page, api } = await session.learner();
    await send(api, 'POST', '/api/v1/me/reviews', {
      type: 'monthly',
      answers: {},
      changes: { focusTopicId: 'sql-joins' },
    });
    await openDashboard(session, page);

    const sections = await page
      .getByRole('region')
      .evaluateAll((regions) => regions.map((r) => r.querySelector('h2')?.textContent));
    expect(sections[0]).toBe('Current focus');
    const focus = page.getByRole('region', { name: 'Current focus' });
    await focus.getByText('SQL joins').waitFor();
    await focus.getByText(/Chosen in your monthly check-in on \d{1,2} \w{3} \d{4}\./).waitFor();
    expect(
      await focus.getByRole('link', { name: 'See it on your roadmap' }).getAttribute('href'),
    ).toBe('/roadmap');
  });

  it('opens the next steps with the topics to park when far too much is begun, and shows them all on request', async () => {
    const { page, api } = await session.learner();
    const begun = [
      'language-syntax',
      'control-flow',
      'functions-and-modules',
      'error-handling-basics',
      'data-structures',
      'object-oriented-programming',
      'async-programming',
      'package-management',
      'command-line-basics',
      'git-basics',
      'how-the-web-works',
      'http-basics',
      'http-status-codes',
      'json',
      'rest-principles',
      'relational-databases',
      'sql-basics',
      'schema-design',
    ];
    for (const topicId of begun) {
      await send(api, 'PUT', `/api/v1/me/progress/${topicId}`, { status: 'theoretical' });
    }
    await openDashboard(session, page);

    const steps = page.getByRole('region', { name: 'Next steps' });
    await steps.getByRole('heading', { name: 'First, park these' }).waitFor();
    const parked = steps.locator('.park-list li');
    const planned = await steps
      .locator('.step-list')
      .last()
      .locator('.step-title')
      .allTextContents();
    expect(planned.length).toBeLessThanOrEqual(3);
    expect(await parked.count()).toBe(5);
    await steps.getByRole('button', { name: `Show all ${begun.length - planned.length}` }).click();
    // Every begun topic is either in the plan or in the park list, never both.
    expect(await parked.count()).toBe(begun.length - planned.length);
    const parkedTitles = await parked.locator('.step-title').allTextContents();
    expect(parkedTitles.filter((t) => planned.includes(t))).toEqual([]);
  });

  it('links a due project retro to its form, with the project named', async () => {
    const { page, api, consoleErrors } = await session.learner();
    const project = await send<{ id: string }>(api, 'POST', '/api/v1/me/projects', {
      title: 'Bookshelf API',
      status: 'done',
    });
    await openDashboard(session, page);

    const retro = page.getByRole('link', { name: 'Project retro' });
    expect(await retro.getAttribute('href')).toBe(`/reviews/new/project?projectId=${project.id}`);
    await page.getByText('Due today').waitFor();
    await page.getByText(/Project "Bookshelf API" is done/).waitFor();
    await retro.click();
    await expect.poll(() => page.url()).toMatch(/\/reviews\/new\/project\?projectId=/);
    expect(consoleErrors).toEqual([]);
  });

  it('lists overdue reviews first, marked with how many days late', async () => {
    const { page } = await session.learner();
    // Overdue needs a past due date; the server's clock cannot be moved, so its answer is given.
    await page.route('**/api/v1/me/reviews/due', (route) =>
      route.fulfill({
        json: [
          {
            type: 'quarterly',
            dueOn: '2020-01-10',
            overdue: true,
            daysOverdue: 12,
            reason: 'Quarterly refresh, due every three months',
            projectId: null,
            triggerId: null,
          },
          {
            type: 'monthly',
            dueOn: '2999-01-01',
            overdue: false,
            daysOverdue: 0,
            reason: 'Monthly check-in, due every month',
            projectId: null,
            triggerId: null,
          },
        ],
      }),
    );
    await openDashboard(session, page);

    const reviews = page.getByRole('region', { name: 'Reviews due' });
    const links = reviews.getByRole('link');
    expect(await links.allTextContents()).toEqual(['Quarterly refresh']);
    expect(await links.first().getAttribute('href')).toBe('/reviews/new/quarterly');
    await reviews.getByText('Overdue by 12 days').waitFor();
    await reviews.getByText(/Coming up: Monthly check-in/).waitFor();
  });

  it('starts the recommended project and links to the projects page', async () => {
    const { page, api, consoleErrors } = await session.learner();
    const coach = await send<{ nextSteps: { project: { catalogueId: string; title: string } } }>(
      api,
      'GET',
      '/api/v1/me/coach',
    );
    const recommended = coach.nextSteps.project;
    await openDashboard(session, page);

    const steps = page.getByRole('region', { name: 'Next steps' });
    await steps.getByText(recommended.title, { exact: true }).waitFor();
    await steps.getByRole('button', { name: 'Start this project' }).click();
    await steps
      .getByRole('status')
      .filter({ hasText: `Started “${recommended.title}”` })
      .waitFor();
    const projects = await send<{ catalogueId: string | null; status: string }[]>(
      api,
      'GET',
      '/api/v1/me/projects',
    );
    expect(projects).toEqual([
      expect.objectContaining({ catalogueId: recommended.catalogueId, status: 'building' }),
    ]);
    expect(
      await steps.getByRole('link', { name: 'Go to your projects' }).getAttribute('href'),
    ).toBe('/projects');
    expect(consoleErrors).toEqual([]);
  });

  it('counts a comfortable topic in its column’s chart', async () => {
    const { page, api } = await session.learner();
    await markTopic(api, 'git-basics', 'comfortable');
    await openDashboard(session, page);
    await page
      .getByRole('img', { name: /^Deployment and DevOps basics: 1 comfortable, 0 fragile/ })
      .waitFor();
    await page.getByRole('img', { name: /^Databases: 0 comfortable/ }).waitFor();
  });

  it('draws the bars from the small summary, without downloading the roadmap', async () => {
    const { page, api } = await session.learner();
    await markTopic(api, 'git-basics', 'comfortable');
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await openDashboard(session, page);
    await page.getByRole('img', { name: /^Deployment and DevOps basics: 1 comfortable/ }).waitFor();
    expect(paths).toContain('/api/v1/me/roadmaps/backend/summary');
    expect(paths.filter((p) => p.startsWith('/api/v1/me/roadmaps/backend'))).toEqual([
      '/api/v1/me/roadmaps/backend/summary',
    ]);
    expect(paths.some((p) => p.includes('learner-content'))).toBe(false);
  });

  it('says so when there is nothing to flag and nothing due', async () => {
    const { page, consoleErrors } = await session.learner();
    await openDashboard(session, page);
    await page.getByText(/Nothing to flag/).waitFor();
    await page.getByText(/Nothing due\. Next: Monthly check-in/).waitFor();
    await page.getByText('No focus chosen yet.').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('shows an error with a retry when the coach cannot be reached', async () => {
    const { page } = await session.learner();
    let failures = 0;
    await page.route('**/api/v1/me/coach', (route) => {
      failures += 1;
      return failures <= 2
        ? route.fulfill({ status: 503, json: { detail: 'The coach is resting.' } })
        : route.continue();
    });
    await page.goto(`${session.url}/dashboard`);
    const alert = page.getByRole('alert').filter({ hasText: 'The coach is resting.' }).first();
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'What the coach noticed' }).waitFor();
    await page.getByText(/Nothing to flag/).waitFor();
  });
});

describe('the one-page roadmap in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  async function learnerWithWork(): Promise<BrowserLearner> {
    const learner = await session.learner();
    await markTopic(learner.api, 'sql-basics', 'comfortable');
    await send(learner.api, 'POST', '/api/v1/me/projects', {
      title: 'Bookshelf API',
      status: 'building',
      topicIds: ['sql-joins'],
    });
    return learner;
  }

  it('lists a comfortable topic under Know and a project’s topic under Built', async () => {
    const { page, email, consoleErrors } = await learnerWithWork();
    await openOnePage(session, page);

    const know = page.getByRole('list', { name: 'Databases: know' });
    expect(await know.textContent()).toMatch(/SQL basics/);
    const built = page.getByRole('list', { name: 'Databases: built' });
    expect(await built.textContent()).toMatch(/SQL joins — Bookshelf API/);
    await expect
      .poll(() => page.locator('.one-page-byline').textContent())
      .toMatch(
        new RegExp(`${email.replace(/[.+]/g, '\\$&')} · .+ · Backend roadmap, version \\d+`),
      );
    await page.getByRole('button', { name: 'Print' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('prints on one landscape page, five columns side by side, without navigation or buttons', async () => {
    const { page } = await learnerWithWork();
    await openOnePage(session, page);
    await page.emulateMedia({ media: 'print' });

    expect(await page.getByRole('navigation', { name: 'Main' }).isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print' }).isHidden()).toBe(true);
    const tracks = await page
      .locator('.one-page-columns')
      .evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
    expect(tracks).toBe(5);
    expect(await page.getByRole('list', { name: 'Databases: know' }).isVisible()).toBe(true);

    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    const [width, height] = (pdf.match(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/) ?? [])
      .slice(1)
      .map(Number);
    expect(width).toBeGreaterThan(height ?? Number.POSITIVE_INFINITY);
  });
});

describe('the dashboard and one-page roadmap for everyone', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  async function seed(api: HttpLearner) {
    await startFrameworkWithoutSql(api);
    await markTopic(api, 'git-basics', 'comfortable');
    await send(api, 'POST', '/api/v1/me/projects', {
      title: 'A deliberately long project title to test wrapping on narrow screens',
      status: 'done',
      topicIds: ['routing'],
    });
    for (const text of [
      'Backend developer: Go, PostgreSQL, Docker, Kubernetes',
      'Junior API engineer. Node.js, SQL, Docker, REST',
      'Backend engineer with Python, Docker and SQL',
    ]) {
      await send(api, 'POST', '/api/v1/me/postings', { text });
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility problems on both pages (${colorScheme})`, async () => {
      const { page, api, consoleErrors } = await session.learner(
        undefined,
        { width: 1280, height: 900 },
        colorScheme,
      );
      await seed(api);
      await openDashboard(session, page);
      await page.getByRole('article', { name: SQL_PITFALL }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await openOnePage(session, page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('fits a 375 px wide screen without scrolling sideways', async () => {
    const { page, api } = await session.learner(undefined, { width: 375, height: 800 });
    await seed(api);
    await openDashboard(session, page);
    await page.getByRole('article', { name: SQL_PITFALL }).waitFor();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(375);
    await openOnePage(session, page);
    expect(await width()).toBeLessThanOrEqual(375);
  });
});
