// Projects, evidence, reviews and their triggers, job postings, and the learner's current plan.
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const timestamp = dialect === 'postgres' ? 'timestamptz' : 'text';
  const userId = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');

  await db.schema
    .alterTable('users')
    .addColumn('review_cadence', 'text', (c) => c.notNull().defaultTo('monthly'))
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', userId)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('repo_url', 'text')
    .addColumn('deployed_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('production_like', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('language', 'text')
    .addColumn('catalogue_id', 'text')
    .addColumn('started_at', timestamp)
    .addColumn('completed_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('projects_user_id').on('projects').column('user_id').execute();

  await db.schema
    .createTable('project_topics')
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_topics_pk', ['project_id', 'topic_id'])
    .execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', userId)
    .addColumn('roadmap_id', 'text', (c) => c.notNull())
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('cascade'))
    .addColumn('url', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_user_topic')
    .on('evidence')
    .columns(['user_id', 'topic_id'])
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', userId)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .addColumn('roadmap_id', 'text', (c) => c.notNull())
    .addColumn('roadmap_version', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('completed_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reviews_user_id')
    .on('reviews')
    .columns(['user_id', 'completed_at'])
    .execute();

  await db.schema
    .createTable('review_triggers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', userId)
    .addColumn('trigger_id', 'text', (c) => c.notNull())
    .addColumn('review_type', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('raised_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_triggers_user_id')
    .on('review_triggers')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('postings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', userId)
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('postings_user_id').on('postings').column('user_id').execute();

  await db.schema
    .createTable('learner_plans')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('roadmap_id', 'text', (c) => c.notNull())
    .addColumn('focus_topic_id', 'text')
    .addColumn('next_project_id', 'text')
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
}
