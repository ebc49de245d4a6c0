// Web figures: the initial JavaScript (gzip) against its budget, and the dashboard's first
// contentful paint and time to interactive, loaded cold in Chromium over loopback.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/server/config.js';
import { launchChromium } from '../test/support/chromium.js';
import { DIALECTS } from '../test/support/dialects.js';
import { seedLearner } from '../test/support/seed.js';
import { startServerProcess } from '../test/support/server-process.js';

const BUDGET_KB = 150;
const RUNS = 7;
const webDir = loadConfig().webDir;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The scripts a first visit downloads: the entry module and every chunk it preloads. */
function initialScripts(): string[] {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return sources.map((m) => (m[1] ?? m[2] ?? '').replace(/^\//, ''));
}

const scripts = initialScripts();
const gzipBytes = scripts.reduce(
  (sum, file) => sum + gzipSync(fs.readFileSync(path.join(webDir, file))).length,
  0,
);
console.log('Web app');
console.log(
  `  initial JavaScript: ${(gzipBytes / 1024).toFixed(1)} KB gzip in ${scripts.length} file(s) — budget ${BUDGET_KB} KB (${((gzipBytes / 1024 / BUDGET_KB) * 100).toFixed(0)} % of it)`,
);

const sqlite = DIALECTS[0];
if (!sqlite) throw new Error('SQLite is always available');
const database = await sqlite.create();
const server = await startServerProcess({ DATABASE_URL: database.url, LOG_LEVEL: 'warn' });
const browser = await launchChromium();
try {
  const learner = await seedLearner(server.url, `bench-${Date.now()}@example.test`);
  const [name = '', value = ''] = learner.cookie.split('=');
  const paints: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __longTaskEnd: number };
      w.__longTaskEnd = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__longTaskEnd = Math.max(w.__longTaskEnd, entry.startTime + entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}/dashboard`);
    await page.waitForFunction(
      () => performance.getEntriesByName('dashboard-ready').length > 0,
      null,
      { timeout: 30_000 },
    );
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ready: performance.getEntriesByName('dashboard-ready')[0]?.startTime ?? Number.NaN,
      longTaskEnd: (globalThis as unknown as { __longTaskEnd: number }).__longTaskEnd,
    }));
    paints.push(timing.fcp);
    // Interactive: the dashboard's data is on screen and no long task is still blocking input.
    interactive.push(Math.max(timing.ready, timing.longTaskEnd));
    await context.close();
  }
  console.log(
    `  dashboard first contentful paint: ${median(paints).toFixed(0)} ms (median of ${RUNS} cold loads)`,
  );
  console.log(
    `  dashboard time to interactive:    ${median(interactive).toFixed(0)} ms (data rendered, no long task pending)`,
  );
} finally {
  await browser.close();
  await server.stop('SIGTERM');
  await database.drop();
}
