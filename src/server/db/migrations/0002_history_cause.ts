// Records why a progress change happened: the learner, or a content upgrade (later: a review).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('progress_history').addColumn('cause', 'text').execute();
}
