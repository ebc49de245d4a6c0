// Brings a database's schema up to date; run at start-up and by `npm run migrate`.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Dialect } from './database.js';
import * as initial from './migrations/0001_initial.js';
import * as historyCause from './migrations/0002_history_cause.js';
import * as coach from './migrations/0003_coach.js';
import * as progressPreviousStatus from './migrations/0004_progress_previous_status.js';
import * as activityAndProjectOrigin from './migrations/0005_activity_and_project_origin.js';
import * as planProvenance from './migrations/0006_plan_provenance.js';
import type { Database } from './schema.js';

/** Every migration in order; names sort, and a released one is never edited. */
const MIGRATIONS = {
  '0001_initial': initial,
  '0002_history_cause': historyCause,
  '0003_coach': coach,
  '0004_progress_previous_status': progressPreviousStatus,
  '0005_activity_and_project_origin': activityAndProjectOrigin,
  '0006_plan_provenance': planProvenance,
};

class InCodeMigrations implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, migration]) => [
        name,
        { up: (db: Kysely<unknown>) => migration.up(db, this.dialect) },
      ]),
    );
  }
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema; check the search_path');
  return schema;
}

/** Applies pending migrations; returns the names applied. Throws the first failure. */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrations(dialect),
    migrationTableName: 'waymark_migrations',
    migrationLockTableName: 'waymark_migrations_lock',
    // Kysely looks for its tables in every schema; pin it to ours so a database shared by
    // several schemas (one per test run, or per tenant) is never mistaken for migrated.
    ...(dialect === 'postgres' && { migrationTableSchema: await currentSchema(db) }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
