// A real server on a fresh SQLite file and Debian's Chromium, with learners ready to use.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/server/config.js';
import { launchChromium } from './chromium.js';
import { DIALECTS, type TestDatabase } from './dialects.js';
import { HttpLearner, type ServerProcess, startServerProcess } from './server-process.js';

export const PASSWORD = 'a lantern by the river';
let learners = 0;

export interface BrowserLearner {
  page: Page;
  context: BrowserContext;
  api: HttpLearner;
  email: string;
  /** Console errors the page logged; a test ends by expecting none. */
  consoleErrors: string[];
}

export class BrowserSession {
  private constructor(
    readonly server: ServerProcess,
    readonly browser: Browser,
    private readonly database: TestDatabase,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<BrowserSession> {
    const webDir = process.env.WEB_DIR || path.join(projectRoot, 'dist', 'web');
    if (!fs.existsSync(path.join(webDir, 'index.html'))) {
      throw new Error(
        `The web app is not built in ${webDir}: run \`npm run test:browser\`, which builds it first.`,
      );
    }
    const sqlite = DIALECTS[0];
    if (!sqlite) throw new Error('SQLite is always available');
    const database = await sqlite.create();
    const server = await startServerProcess({
      DATABASE_URL: database.url,
      WEB_DIR: webDir,
      ...env,
    });
    return new BrowserSession(server, await launchChromium(), database);
  }

  get url(): string {
    return this.server.url;
  }

  /**
   * A learner signed up through the API, with a profile already set, and a browser page that
   * carries their session cookie: tests start on the page they are about, not on sign-up.
   */
  async learner(
    profile: Record<string, unknown> = {
      level: 'beginner',
      language: 'javascript',
      targetRole: 'Backend developer',
    },
    viewport = { width: 1280, height: 900 },
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<BrowserLearner> {
    learners += 1;
    const email = `browser-${process.pid}-${Date.now()}-${learners}@example.test`;
    const api = await HttpLearner.signUp(this.url, email, PASSWORD);
    if (Object.keys(profile).length > 0) await api.send('PATCH', '/api/v1/me', profile);
    const context = await this.browser.newContext({ viewport, colorScheme });
    const [name, value] = api.cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: this.url }]);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    return { page, context, api, email, consoleErrors };
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop('SIGTERM');
    await this.database.drop();
  }
}

const requireFromHere = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than a <script> tag, which the app's
  // Content-Security-Policy rightly refuses.
  axeSource ??= fs.readFileSync(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
}
