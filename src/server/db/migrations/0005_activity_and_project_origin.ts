// How each project began (tutorial or blank project), and the learner's recent roadmap activity
// that the coach reads for where their interest is heading.
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const timestamp = dialect === 'postgres' ? 'timestamptz' : 'text';

  // Projects recorded before the question was asked keep counting as the learner's own work.
  await db.schema
    .alterTable('projects')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('blank'))
    .execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_user_id_created_at')
    .on('activity')
    .columns(['user_id', 'created_at'])
    .execute();
}
