import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserLearner,
  BrowserSession,
  PASSWORD,
  seriousAxeViolations,
} from '../support/browser.js';
import { HttpLearner } from '../support/server-process.js';

const GOOGLE_POSTING =
  'Backend developer. We build with C# and .NET on PostgreSQL, shipped in Docker containers.\n' +
  'Former Google engineers welcome.';

async function savePosting(learner: BrowserLearner, text: string, title?: string) {
  const response = await learner.api.send('POST', '/api/v1/me/postings', { text, title });
  expect(response.status).toBe(201);
}

async function markTopic(learner: BrowserLearner, topicId: string, status: string) {
  const response = await learner.api.send('PUT', `/api/v1/me/progress/${topicId}`, { status });
  expect(response.status).toBe(200);
}

const marksOf = (page: Page) => page.locator('.posting-text mark');

describe('job postings, history and settings in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await BrowserSession.start();
  });
  afterAll(() => session?.close());

  describe('job postings', () => {
    it('marks C#, PostgreSQL and Docker in a pasted posting, but not "Go" inside "Google"', async () => {
      const learner = await session.learner();
      const { page } = learner;
      await page.goto(`${session.url}/postings`);
      await page.getByRole('heading', { name: 'Job postings', level: 1 }).waitFor();
      await page.getByLabel('Title').fill('Acme backend');
      await page.getByLabel('Posting text').fill(GOOGLE_POSTING);
      await page.getByRole('button', { name: 'Find skills' }).click();

      await page.getByRole('heading', { name: 'Acme backend', level: 2 }).waitFor();
      const marked = await marksOf(page).allTextContents();
      expect(marked).toEqual(expect.arrayContaining(['C#', 'PostgreSQL', 'Docker']));
      expect(marked).not.toContain('Go');
      expect(marked.some((text) => text.includes('Go'))).toBe(false);
      expect(await marksOf(page).filter({ hasText: 'PostgreSQL' }).getAttribute('title')).toBe(
        'PostgreSQL',
      );
      // The posting reads exactly as pasted: the marks wrap words, they do not replace them.
      const shown = await page.locator('.posting-text').evaluate((el) =>
        [...el.childNodes]
          .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
          .map((n) => n.textContent)
          .join(''),
      );
      expect(shown).toBe(GOOGLE_POSTING);

      const found = page.getByRole('region', { name: 'Skills found' });
      await expect
        .poll(() => found.getByRole('listitem').filter({ hasText: 'PostgreSQL' }).textContent())
        .toMatch(/Not started/);

      // Saved: after a reload it is in the list and opens highlighted again.
      await page.reload();
      await page.getByRole('button', { name: 'Acme backend', exact: true }).click();
      await page.getByRole('heading', { name: 'Acme backend', level: 2 }).waitFor();
      await expect.poll(() => marksOf(page).count()).toBeGreaterThanOrEqual(3);
      expect(learner.consoleErrors).toEqual([]);
    });

    it('ranks Docker first with 3 postings once three postings ask for it, and counts a deletion', async () => {
      const learner = await session.learner();
      const { page } = learner;
      await savePosting(learner, 'Docker and PostgreSQL every day.', 'Shop API');
      await savePosting(learner, 'You know Docker and Kubernetes.', 'Platform team');
      await savePosting(learner, 'Docker, Redis caching and message queues.', 'Payments');
      await page.goto(`${session.url}/postings`);

      const table = page.getByRole('table', { name: /Skills across your postings/ });
      const firstRow = table.getByRole('row').nth(1);
      await expect
        .poll(() => firstRow.getByRole('rowheader').textContent())
        .toMatch(/^Docker and containers/);
      expect(await firstRow.getByRole('cell').allTextContents()).toEqual([
        '1',
        '3',
        expect.stringMatching(/100\s?%/),
        'Not started',
      ]);
      // Asked by every posting and not started: the coach's "repeated gap", so it stands out.
      expect(await firstRow.textContent()).toMatch(/Often asked/);

      await page.getByRole('button', { name: 'Delete posting Payments' }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: /^Delete posting/ }).count())
        .toBe(2);
      await expect.poll(() => firstRow.getByRole('cell').nth(1).textContent()).toBe('2');
      expect(learner.consoleErrors).toEqual([]);
    });
  });

  describe('history', () => {
    it('shows an empty state to a new learner, then charts and tables the topics they mark', async () => {
      const learner = await session.learner();
      const { page } = learner;
      await page.goto(`${session.url}/history`);
      await page.getByText('Nothing to chart yet').waitFor();
      await page.getByText('No changes yet').waitFor();

      await markTopic(learner, 'postgresql', 'comfortable');
      await markTopic(learner, 'docker', 'fragile');
      await markTopic(learner, 'sql-joins', 'learning');
      await page.reload();

      const overall = page.getByRole('img', { name: /^All topics/ });
      await overall.waitFor();
      expect(await overall.evaluate((el) => el.tagName)).toBe('CANVAS');
      expect(await overall.getAttribute('aria-label')).toMatch(/1 comfortable/);
      expect(await page.locator('canvas').count()).toBe(2);

      await page.getByText('Show the numbers as a table').first().click();
      const table = page.getByRole('table', { name: /^All topics: topics at each status/ });
      const headers = await table.getByRole('columnheader').allTextContents();
      const thisWeek = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
      const count = (status: string) => thisWeek[headers.indexOf(status) - 1];
      expect(count('Comfortable')).toBe('1');
      expect(count('Fragile')).toBe('1');
      expect(count('Learning')).toBe('1');

      // The column chart follows the column picked.
      await page.getByLabel('Column', { exact: true }).selectOption({ label: 'Databases' });
      await expect
        .poll(() => page.getByRole('img', { name: /^Databases/ }).getAttribute('aria-label'))
        .toMatch(/1 comfortable, 1 learning|1 learning.*1 comfortable/);

      const changes = page.getByRole('region', { name: 'Latest changes' }).getByRole('listitem');
      await expect.poll(() => changes.count()).toBe(3);
      expect(await changes.first().textContent()).toMatch(/SQL joins.*Not started.*Learning/);
      expect(learner.consoleErrors).toEqual([]);
    });

    it('loads older changes with "Load more"', async () => {
      const learner = await session.learner();
      const { page } = learner;
      const statuses = ['learning', 'theoretical', 'fragile'];
      for (let i = 0; i < 30; i += 1) {
        await markTopic(learner, 'http-basics', statuses[i % 3] ?? 'learning');
      }
      await page.goto(`${session.url}/history`);
      const changes = page.getByRole('region', { name: 'Latest changes' }).getByRole('listitem');
      await expect.poll(() => changes.count()).toBe(25);
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => changes.count()).toBe(30);
      await page.getByText('That is your whole history.').waitFor();
      expect(learner.consoleErrors).toEqual([]);
    });
  });

  describe('settings', () => {
    it('shows a time zone error next to the field, then saves a real one that survives a reload', async () => {
      const learner = await session.learner();
      const { page } = learner;
      await page.goto(`${session.url}/settings`);
      const zone = page.getByLabel('Time zone');
      await zone.fill('Mars/Olympus');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByText(/Time zone must be an IANA time zone/).waitFor();
      expect(await zone.getAttribute('aria-invalid')).toBe('true');

      await zone.fill('Europe/Paris');
      await page.getByLabel('Display name').fill('Ada');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      expect(await page.getByText(/Time zone must be/).count()).toBe(0);

      await page.reload();
      await expect.poll(() => page.getByLabel('Time zone').inputValue()).toBe('Europe/Paris');
      expect(await page.getByLabel('Display name').inputValue()).toBe('Ada');
      // Chromium logs every 4xx response; the refused time zone is the only one expected.
      expect(learner.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    });

    it('refuses mismatched new passwords, then changes the password and signs out other sessions', async () => {
      const learner = await session.learner();
      const { page } = learner;
      const other = await HttpLearner.logIn(session.url, learner.email, PASSWORD);
      await page.goto(`${session.url}/settings`);
      const devices = page.getByRole('region', { name: 'Signed-in devices' }).getByRole('listitem');
      // The list may take more than expect.poll's one second to load on a busy machine.
      await devices.first().waitFor();
      await expect.poll(() => devices.count()).toBe(2);

      const newPassword = 'a kettle on the hill';
      await page.getByLabel('Current password').fill(PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill(newPassword);
      await page.getByLabel('Confirm new password').fill('a kettle on the hills');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('The two new passwords do not match.').waitFor();
      expect((await other.send('GET', '/api/v1/me')).status).toBe(200);

      await page.getByLabel('Confirm new password').fill(newPassword);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText(/Password changed/).waitFor();
      await expect.poll(() => devices.count()).toBe(1);
      expect((await other.send('GET', '/api/v1/me')).status).toBe(401);
      await HttpLearner.logIn(session.url, learner.email, newPassword);
      expect(learner.consoleErrors).toEqual([]);
    });

    it('keeps the roadmap searches and opened topics the coach reads, and forgets them on request', async () => {
      const learner = await session.learner();
      const { page } = learner;
      await page.goto(`${session.url}/roadmap`);
      await page.getByRole('search', { name: 'Filter topics' }).getByLabel('Search').fill('redis');
      // A search counts once typing pauses; the request it sends is what the settings list shows.
      await page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/me/activity') && r.request().method() === 'POST',
      );
      await page.goto(`${session.url}/settings`);
      const section = page.getByRole('region', { name: 'What your coach reads of your searches' });
      await section.getByText('Searched redis').waitFor();
      await section.getByRole('button', { name: /^Forget my activity/ }).click();
      await page.getByRole('button', { name: 'Yes, forget it' }).click();
      await section.getByText('Nothing kept').waitFor();
      expect(await (await learner.api.send('GET', '/api/v1/me/activity')).json()).toEqual([]);
      expect(learner.consoleErrors).toEqual([]);
    });

    it('revokes another session after asking, and it leaves the list', async () => {
      const learner = await session.learner();
      const { page } = learner;
      const other = await HttpLearner.logIn(session.url, learner.email, PASSWORD);
      await page.goto(`${session.url}/settings`);
      const devices = page.getByRole('region', { name: 'Signed-in devices' }).getByRole('listitem');
      // The browser carries the sign-up session; the log-in through the API is the other one.
      await devices.first().waitFor();
      await expect.poll(() => devices.count()).toBe(2);
      const thisDevice = devices.filter({ hasText: 'This device' });
      expect(await thisDevice.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);

      const otherDevice = devices.filter({ hasNotText: 'This device' });
      await otherDevice.getByRole('button', { name: /^Revoke/ }).click();
      await page.getByRole('button', { name: 'Yes, revoke' }).click();
      await expect.poll(() => devices.count()).toBe(1);
      expect(await devices.first().textContent()).toMatch(/This device/);
      expect((await other.send('GET', '/api/v1/me')).status).toBe(401);
      expect(learner.consoleErrors).toEqual([]);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility problems on postings, history and settings (${colorScheme})`, async () => {
      const learner = await session.learner(undefined, { width: 1280, height: 900 }, colorScheme);
      const { page } = learner;
      for (let i = 0; i < 3; i += 1) await savePosting(learner, GOOGLE_POSTING, `Posting ${i}`);
      await markTopic(learner, 'postgresql', 'comfortable');
      await markTopic(learner, 'docker', 'fragile');

      await page.goto(`${session.url}/postings`);
      await page.getByRole('button', { name: 'Posting 0', exact: true }).click();
      await page.getByRole('heading', { name: 'Posting 0', level: 2 }).waitFor();
      await page.getByRole('table', { name: /Skills across your postings/ }).waitFor();
      await page.getByRole('button', { name: 'Delete posting Posting 1' }).click();
      expect(await seriousAxeViolations(page), 'postings').toEqual([]);

      await page.goto(`${session.url}/history`);
      await page.getByRole('img', { name: /^All topics/ }).waitFor();
      await page.getByText('Show the numbers as a table').first().click();
      await page
        .getByRole('region', { name: 'Latest changes' })
        .getByRole('listitem')
        .first()
        .waitFor();
      expect(await seriousAxeViolations(page), 'history').toEqual([]);

      await page.goto(`${session.url}/settings`);
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await page.getByLabel('Time zone').fill('Mars/Olympus');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByText(/Time zone must be/).waitFor();
      await page
        .getByRole('region', { name: 'Signed-in devices' })
        .getByRole('listitem')
        .first()
        .waitFor();
      expect(await seriousAxeViolations(page), 'settings').toEqual([]);
      expect(learner.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    });
  }
});
