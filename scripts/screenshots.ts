// `npm run screenshots`: every page at 1280 and 375 px wide, light and dark, into ./screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/server/config.js';
import { launchChromium } from '../test/support/chromium.js';
import { DIALECTS } from '../test/support/dialects.js';
import { seedLearner } from '../test/support/seed.js';
import { startServerProcess } from '../test/support/server-process.js';

const PAGES = [
  'dashboard',
  'roadmap',
  'one-page',
  'projects',
  'reviews',
  'reviews/new/monthly',
  'postings',
  'history',
  'settings',
  'onboarding',
];
const WIDTHS = [1280, 375];
const out = path.join(projectRoot, 'screenshots');
fs.mkdirSync(out, { recursive: true });

const sqlite = DIALECTS[0];
if (!sqlite) throw new Error('SQLite is always available');
const database = await sqlite.create();
const server = await startServerProcess({ DATABASE_URL: database.url });
const browser = await launchChromium();
try {
  const learner = await seedLearner(server.url, `screens-${Date.now()}@example.test`);
  const [name = '', value = ''] = learner.cookie.split('=');
  let count = 0;
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      const signedOut = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const login = await signedOut.newPage();
      await login.goto(`${server.url}/login`);
      await login.getByRole('button', { name: 'Log in' }).waitFor();
      await login.screenshot({
        path: path.join(out, `login-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      await signedOut.close();
      count += 1;

      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      await context.addCookies([{ name, value, url: server.url }]);
      const page = await context.newPage();
      for (const route of PAGES) {
        await page.goto(`${server.url}/${route}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        const file = `${route.replaceAll('/', '-')}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(out, file), fullPage: true });
        count += 1;
      }
      await context.close();
    }
  }
  console.log(`Wrote ${count} screenshots to ${path.relative(process.cwd(), out) || '.'}/`);
} finally {
  await browser.close();
  await server.stop('SIGTERM');
  await database.drop();
}
