// `npm run lint:openapi`: builds the app on a throwaway SQLite file, writes its OpenAPI document
// to a temporary file and lints it with Redocly's recommended rules; any error fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { buildApp } from '../src/server/app.js';
import { loadConfig, projectRoot } from '../src/server/config.js';
import { openServices } from '../src/server/services.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-openapi-'));
const documentFile = path.join(dir, 'openapi.json');
try {
  // PUBLIC_URL, PORT and HOST still come from the environment, since the document's server does.
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: `sqlite:${path.join(dir, 'waymark.db')}`,
    REDIS_URL: '',
    LOG_LEVEL: 'warn',
    POSTING_THREADS: '1',
  });
  const logger = pino({ level: config.logLevel });
  const app = await buildApp(config, await openServices(config, logger), { logger });
  try {
    await app.ready();
    fs.writeFileSync(documentFile, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  } finally {
    await app.close();
  }

  // Run through this Node, so the check works the same from npm, tsx or an editor.
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const lint = spawnSync(process.execPath, [cli, 'lint', '--extends=recommended', documentFile], {
    cwd: projectRoot,
    stdio: 'inherit',
    // A lint is a local check: no usage reports and no update checks over the network.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (lint.error) throw lint.error;
  process.exitCode = lint.status ?? 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
