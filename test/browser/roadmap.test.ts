import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserLearner, BrowserSession, seriousAxeViolations } from '../support/browser.js';
import type { HttpLearner } from '../support/server-process.js';

interface RoadmapTopic {
  id: string;
  progress: { status: string; note: string | null };
}

async function savedTopic(api: HttpLearner, topicId: string): Promise<RoadmapTopic | undefined> {
  const response = await api.send('GET', '/api/v1/me/roadmaps/backend');
  const roadmap = (await response.json()) as { topics: RoadmapTopic[] };
  return roadmap.topics.find((t) => t.id === topicId);
}

async function openRoadmap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Backend roadmap', level: 1 }).waitFor();
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
const filters = (page: Page) => page.getByRole('search', { name: 'Filter topics' });

describe('the roadmap page in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  it('combines bucket, status, column and search filters, and keeps them in the URL after a reload', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await api.send('PUT', '/api/v1/me/progress/sql-joins', { status: 'learning' });
    await api.send('PUT', '/api/v1/me/progress/postgresql', { status: 'learning' });
    await api.send('PUT', '/api/v1/me/progress/git-basics', { status: 'learning' });
    await openRoadmap(page, `${session.url}/roadmap`);
    const bar = filters(page);
    await bar.getByText('All 145 topics').waitFor();

    await bar.getByLabel('Bucket').selectOption('essential_now');
    await bar.getByLabel('Status').selectOption('learning');
    await bar.getByLabel('Column').selectOption('databases');
    await bar.getByText('2 of 145 topics match').waitFor();
    expect(await card(page, 'SQL joins').count()).toBe(1);
    expect(await card(page, 'PostgreSQL').count()).toBe(1);
    expect(await card(page, 'Git basics').count()).toBe(0);

    await bar.getByLabel('Search').fill('postgres');
    await bar.getByText('1 of 145 topics match').waitFor();
    expect(await card(page, 'PostgreSQL').count()).toBe(1);
    expect(await card(page, 'SQL joins').count()).toBe(0);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      bucket: 'essential_now',
      status: 'learning',
      column: 'databases',
      q: 'postgres',
    });

    await page.reload();
    await filters(page).getByText('1 of 145 topics match').waitFor();
    expect(await filters(page).getByLabel('Bucket').inputValue()).toBe('essential_now');
    expect(await filters(page).getByLabel('Status').inputValue()).toBe('learning');
    expect(await filters(page).getByLabel('Column').inputValue()).toBe('databases');
    expect(await filters(page).getByLabel('Search').inputValue()).toBe('postgres');
    expect(await card(page, 'PostgreSQL').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('fetches the content once per page load and progress on its own', async () => {
    const { page, api } = await session.learner();
    await api.send('PUT', '/api/v1/me/progress/sql-joins', { status: 'fragile' });
    const fetched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/v1/')) fetched.push(url.pathname);
    });
    const joinsStatus = () => card(page, 'SQL joins').getByLabel('Status').inputValue();
    await openRoadmap(page, `${session.url}/roadmap`);
    await expect.poll(joinsStatus).toBe('fragile');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    await nav.getByRole('link', { name: 'Roadmap' }).click();
    await page.getByRole('heading', { name: 'Backend roadmap', level: 1 }).waitFor();
    await expect.poll(joinsStatus).toBe('fragile');

    const count = (path: string) => fetched.filter((p) => p === path).length;
    expect(count('/api/v1/roadmaps/backend/learner-content')).toBe(1);
    expect(count('/api/v1/me/roadmaps/backend/progress')).toBeGreaterThanOrEqual(1);
    expect(count('/api/v1/me/roadmaps/backend')).toBe(0);
  });

  it('finds a topic by an alias that is in neither its title nor its summary', async () => {
    const { page, consoleErrors } = await session.learner();
    await openRoadmap(page, `${session.url}/roadmap?q=NodeJS`);
    await card(page, 'Choose one language and go deep').waitFor();
    await filters(page).getByText('1 of 145 topics match').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('says so when nothing matches, and clearing the filters brings every topic back', async () => {
    const { page, consoleErrors } = await session.learner();
    await openRoadmap(page, `${session.url}/roadmap?column=databases`);
    await filters(page).getByLabel('Search').fill('a topic nobody wrote');
    await page.getByText('No topics match these filters.').waitFor();
    expect(await page.getByRole('article').count()).toBe(0);

    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).first().click();
    await filters(page).getByText('All 145 topics').waitFor();
    expect(await page.getByRole('article').count()).toBe(145);
    expect(await filters(page).getByLabel('Search').inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('');
    expect(consoleErrors).toEqual([]);
  });

  it('opens a topic panel with its can-do checks and resources, and keeps a note across a reload', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await api.send('PUT', '/api/v1/me/progress/sql-joins', { status: 'theoretical' });
    await openRoadmap(page, `${session.url}/roadmap`);
    const details = card(page, 'SQL joins').getByRole('button', { name: 'Details: SQL joins' });
    await details.click();

    const panel = page.getByRole('dialog', { name: 'SQL joins' });
    await panel.waitFor();
    const checks = panel.getByRole('list', { name: 'Can-do checks' }).getByRole('listitem');
    expect(await checks.count()).toBeGreaterThanOrEqual(3);
    const resources = panel.getByRole('list', { name: 'Resources' }).getByRole('link');
    expect(await resources.count()).toBeGreaterThanOrEqual(2);
    expect(await resources.first().getAttribute('rel')).toBe('noreferrer');
    expect(await resources.first().textContent()).toMatch(/documentation|docs|manual/i);

    await panel.getByLabel('Your note').fill('LEFT JOIN keeps rows without a match: check NULLs.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // The note is saved with the status the topic already had, not a reset one.
    expect(await savedTopic(api, 'sql-joins')).toMatchObject({
      progress: {
        status: 'theoretical',
        note: 'LEFT JOIN keeps rows without a match: check NULLs.',
      },
    });

    await page.reload();
    const reopened = page.getByRole('dialog', { name: 'SQL joins' });
    await expect
      .poll(() => reopened.getByLabel('Your note').inputValue())
      .toBe('LEFT JOIN keeps rows without a match: check NULLs.');

    await page.keyboard.press('Escape');
    await expect.poll(() => reopened.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('topic')).toBe(false);

    await details.click();
    await page.getByRole('dialog', { name: 'SQL joins' }).waitFor();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Details: SQL joins');
    expect(consoleErrors).toEqual([]);
  });

  it('moves a topic to another bucket from its panel, and back to the default for the level', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await api.send('PUT', '/api/v1/me/progress/sql-joins', { status: 'learning' });
    await openRoadmap(page, `${session.url}/roadmap?topic=sql-joins`);
    const panel = page.getByRole('dialog', { name: 'SQL joins' });
    await panel.getByLabel('Bucket').selectOption('optional_later');
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const stored = () =>
      api
        .send('GET', '/api/v1/me/roadmaps/backend')
        .then((r) => r.json() as Promise<{ topics: (RoadmapTopic & { bucket: string })[] }>)
        .then((r) => r.topics.find((t) => t.id === 'sql-joins'));
    expect(await stored()).toMatchObject({
      bucket: 'optional_later',
      progress: { status: 'learning', bucket: 'optional_later' },
    });

    await panel
      .getByLabel('Bucket')
      .selectOption({ label: 'Default for my level (Essential now)' });
    await expect.poll(async () => (await stored())?.progress.bucket).toBeNull();
    await page.keyboard.press('Escape');
    await card(page, 'SQL joins').getByText('Essential now').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('lists a URL and a project added as evidence, and removes one', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await api.send('POST', '/api/v1/me/projects', { title: 'Bookshelf API', status: 'building' });
    await openRoadmap(page, `${session.url}/roadmap?topic=sql-joins`);
    const panel = page.getByRole('dialog', { name: 'SQL joins' });
    await panel.getByText('Nothing linked yet.').waitFor();

    const link = 'https://github.com/example/bookshelf/pull/3';
    await panel.getByLabel('Link that shows it applied').fill(link);
    await panel.getByRole('button', { name: 'Add link' }).click();
    const evidence = panel.getByRole('list', { name: 'Evidence' });
    await evidence.getByRole('link', { name: new RegExp(link) }).waitFor();
    expect(await panel.getByLabel('Link that shows it applied').inputValue()).toBe('');

    await panel.getByLabel('One of your projects').selectOption({ label: 'Bookshelf API' });
    await panel.getByRole('button', { name: 'Link project' }).click();
    await evidence.getByText('Project: Bookshelf API').waitFor();

    const stored = await api.send('GET', '/api/v1/me/evidence?topicId=sql-joins');
    expect(((await stored.json()) as { url: string | null }[]).map((e) => e.url)).toContain(link);

    await evidence.getByRole('button', { name: `Remove ${link}` }).click();
    await expect.poll(() => evidence.getByRole('listitem').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('marks a topic fragile with the 3 key from its Details button, and saves it', async () => {
    const { page, api, consoleErrors } = await session.learner();
    await openRoadmap(page, `${session.url}/roadmap`);
    const joins = card(page, 'SQL joins');
    await joins.getByRole('button', { name: 'Details: SQL joins' }).focus();
    await page.keyboard.press('3');
    await expect.poll(() => joins.getByLabel('Status').inputValue()).toBe('fragile');
    await joins.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect((await savedTopic(api, 'sql-joins'))?.progress.status).toBe('fragile');

    // A digit typed into a field is text, not a status.
    await filters(page).getByLabel('Search').fill('SQL join');
    await filters(page).getByLabel('Search').press('s');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('SQL joins');
    expect(await joins.getByLabel('Status').inputValue()).toBe('fragile');

    // The panel takes the same keys.
    await joins.getByRole('button', { name: 'Details: SQL joins' }).click();
    const panel = page.getByRole('dialog', { name: 'SQL joins' });
    await panel.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('4');
    await expect.poll(() => panel.getByLabel('Status').inputValue()).toBe('comfortable');
    await expect
      .poll(async () => (await savedTopic(api, 'sql-joins'))?.progress.status)
      .toBe('comfortable');
    expect(consoleErrors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility problems in ${colorScheme}, with the panel closed and open`, async () => {
      const { page, consoleErrors } = await session.learner(undefined, undefined, colorScheme);
      await openRoadmap(page, `${session.url}/roadmap`);
      await card(page, 'SQL joins').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await card(page, 'SQL joins').getByRole('button', { name: 'Details: SQL joins' }).click();
      await page
        .getByRole('dialog', { name: 'SQL joins' })
        .getByText('Nothing linked yet.')
        .waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('fits a 375 px wide phone without sideways scrolling, panel closed and open', async () => {
    const learner: BrowserLearner = await session.learner(undefined, { width: 375, height: 800 });
    const { page, consoleErrors } = learner;
    await openRoadmap(page, `${session.url}/roadmap`);
    await card(page, 'SQL joins').waitFor();
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBeLessThanOrEqual(0);

    await card(page, 'SQL joins').getByRole('button', { name: 'Details: SQL joins' }).click();
    const panel = page.getByRole('dialog', { name: 'SQL joins' });
    await panel.getByText('Nothing linked yet.').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the roadmap page when the server goes away', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  it('puts the previous status back and says it was not saved', async () => {
    const { page, consoleErrors } = await session.learner();
    await openRoadmap(page, `${session.url}/roadmap`);
    const joins = card(page, 'SQL joins');
    await joins.getByLabel('Status').selectOption('learning');
    await joins.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await session.server.stop('SIGKILL');
    await joins.getByLabel('Status').selectOption('fragile');
    await joins.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();
    expect(await joins.getByRole('alert').textContent()).toMatch(/previous status is back/);
    expect(await joins.getByLabel('Status').inputValue()).toBe('learning');
    // The browser reports the refused request itself; anything else would be a bug of ours.
    expect(
      consoleErrors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)),
    ).toEqual([]);
  });
});
