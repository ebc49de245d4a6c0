// Keeps, on each progress row, the status it had before its latest change, so one upsert can
// return it and history chains without a read-then-write; and indexes sessions by expiry.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('progress').addColumn('previous_status', 'text').execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
}
