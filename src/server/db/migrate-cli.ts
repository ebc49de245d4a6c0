// `npm run migrate`: applies pending migrations to the database named by DATABASE_URL.
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

try {
  const config = loadConfig();
  const handle = openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(handle.db, handle.dialect);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
  } finally {
    await handle.close();
  }
} catch (error) {
  const message =
    error instanceof ConfigError ? `Configuration error: ${error.message}` : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
