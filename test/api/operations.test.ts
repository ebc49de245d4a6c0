// Operational hygiene: expired sessions swept, request ids bounded, no source maps, private files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { startSessionSweeper } from '../../src/server/modules/auth/session-sweeper.js';
import {
  bootApp,
  Learner,
  ORIGIN,
  shippedContent,
  startApp,
  type TestApp,
} from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

describe.each(DIALECTS)('expired sessions on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  it('deletes expired sessions and keeps live ones', async () => {
    const learner = await Learner.signUp(t.app);
    const handle = openDatabase(t.database.url);
    try {
      const live = await startSessionSweeper(
        handle.db,
        () => new Date(),
        () => {},
      ).sweep();
      expect(live).toBe(0);
      expect((await learner.request('GET', '/api/v1/me')).statusCode).toBe(200);

      // A year from now every session made today has expired.
      const later = new Date(Date.now() + 366 * 86_400_000);
      const sweeper = startSessionSweeper(
        handle.db,
        () => later,
        () => {},
      );
      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
      sweeper.stop();
      const left = await handle.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', learner.id)
        .execute();
      expect(left).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});

describe('request ids and published files', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    const sqlite = DIALECTS[0];
    if (!sqlite) throw new Error('SQLite is always available');
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Waymark</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.map'), '{"sources":["secret.ts"]}');
    t = await startApp(sqlite, { WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("keeps a client's short request id and replaces anything else", async () => {
    const short = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'lb-7f3a.42' },
    });
    expect(short.headers['x-request-id']).toBe('lb-7f3a.42');
    for (const offered of ['x'.repeat(65), 'two words', '<script>alert(1)</script>']) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': offered },
      });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('serves the built assets but never a source map', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
    const map = await t.app.inject({ method: 'GET', url: '/assets/app.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret.ts');
  });
});

describe('the SQLite file', () => {
  it('is created readable by its owner only, in a directory only the owner can enter', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-perms-'));
    const file = path.join(root, 'nested', 'waymark.db');
    const config = loadConfig({
      DATABASE_URL: `sqlite:${file}`,
      LOG_LEVEL: 'silent',
      PUBLIC_URL: ORIGIN,
    });
    const app = await bootApp(config, { roadmaps: await shippedContent() });
    try {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    } finally {
      await app.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
