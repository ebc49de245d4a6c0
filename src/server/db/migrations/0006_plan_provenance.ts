// Which review chose the learner's focus and next project, and when: a choice goes stale, and the
// coach names the review it came from.
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const timestamp = dialect === 'postgres' ? 'timestamptz' : 'text';
  for (const [column, type] of [
    ['focus_chosen_by', 'text'],
    ['focus_chosen_at', timestamp],
    ['project_chosen_by', 'text'],
    ['project_chosen_at', timestamp],
  ] as const) {
    // Plans saved before this was recorded have no provenance: the coach treats them as chosen
    // when the plan was last updated.
    await db.schema.alterTable('learner_plans').addColumn(column, type).execute();
  }
}
