import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/config.js';
import { launchChromium } from '../support/chromium.js';
import { DIALECTS, type TestDatabase } from '../support/dialects.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';

describe('a new learner in Chromium', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(projectRoot, 'dist', 'web', 'index.html'))) {
      throw new Error(
        'The web app is not built: run `npm run test:browser`, which builds it first.',
      );
    }
    const sqlite = DIALECTS[0];
    if (!sqlite) throw new Error('SQLite is always available');
    database = await sqlite.create();
    server = await startServerProcess({ DATABASE_URL: database.url });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
    await database?.drop();
  });

  it('signs up, marks a topic fragile, reloads and still sees it fragile', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.url()).toMatch(/\/login$/);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(`browser-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('a lantern by the river');
    await page.getByRole('button', { name: 'Sign up' }).click();
    // A new account lands on onboarding; the roadmap already works before it is finished.
    await expect.poll(() => page.url()).toMatch(/\/onboarding$/);
    await page.goto(`${server.url}/roadmap`);

    await page.getByRole('heading', { name: 'Backend roadmap', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/roadmap$/);
    await page.getByRole('heading', { name: /Stage 3\s+Data/ }).waitFor();

    const joins = page.getByRole('article', { name: 'SQL joins' });
    await joins.getByLabel('Status').selectOption('fragile');
    await joins.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.reload();
    const reloaded = page.getByRole('article', { name: 'SQL joins' });
    await expect.poll(() => reloaded.getByLabel('Status').inputValue()).toBe('fragile');
    expect(consoleErrors).toEqual([]);
  });

  it('logs out and back in, keeping the change', async () => {
    const email = await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/me')).json()) as { email: string };
      return me.email;
    });
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a lantern by the river');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.url()).not.toMatch(/\/login$/);
    await page.goto(`${server.url}/roadmap`);
    const joins = page.getByRole('article', { name: 'SQL joins' });
    await expect.poll(() => joins.getByLabel('Status').inputValue()).toBe('fragile');
  });
});

describe('the language track in Chromium', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    const sqlite = DIALECTS[0];
    if (!sqlite) throw new Error('SQLite is always available');
    database = await sqlite.create();
    server = await startServerProcess({ DATABASE_URL: database.url });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
    await database?.drop();
  });

  async function learnerWithLanguage(language: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${server.url}/signup`);
    await page.getByLabel('Email').fill(`${language}-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('a lantern by the river');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.url()).toMatch(/\/onboarding$/);
    // The roadmap's own plan settings change the language, and the roadmap redraws at once.
    await page.goto(`${server.url}/roadmap`);
    await page.getByLabel('Your one language').selectOption(language);
    return page;
  }

  const toolsOf = (page: Page, title: string) =>
    page
      .getByRole('article', { name: title, exact: true })
      .locator('.tools')
      .textContent()
      .then((text) => text ?? '');

  it('shows Django and PyTest to a Python learner, Express and Jest to a Node.js learner', async () => {
    const python = await learnerWithLanguage('python');
    await expect.poll(() => toolsOf(python, 'Web framework')).toMatch(/Django/);
    expect(await toolsOf(python, 'Web framework')).toMatch(/FastAPI/);
    expect(await toolsOf(python, 'Web framework')).not.toMatch(/Express/);
    expect(await toolsOf(python, 'Unit testing')).toMatch(/PyTest/i);
    expect(await python.getByRole('article', { name: 'TypeScript', exact: true }).count()).toBe(0);

    const node = await learnerWithLanguage('javascript');
    await expect.poll(() => toolsOf(node, 'Web framework')).toMatch(/Express/);
    expect(await toolsOf(node, 'Web framework')).toMatch(/NestJS/);
    expect(await toolsOf(node, 'Web framework')).not.toMatch(/Django/);
    expect(await toolsOf(node, 'Unit testing')).toMatch(/Jest|Vitest/);
    expect(await node.getByRole('article', { name: 'TypeScript', exact: true }).count()).toBe(1);
  });
});
