// Entry point: configuration, the start-up work, then the app, then listen; closes cleanly on
// SIGTERM and SIGINT.
import closeWithGrace from 'close-with-grace';
import { pino } from 'pino';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentError } from './content/load-roadmaps.js';
import { DatabaseOpenError } from './db/database.js';
import { openServices } from './services.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const services = await openServices(config, logger);
  const app = await buildApp(config, services, { logger });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: finishing requests in flight');
    await app.close();
  });
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof ContentError || error instanceof DatabaseOpenError)
    console.error(error.message);
  else console.error('Waymark could not start:', error);
  process.exit(1);
});
