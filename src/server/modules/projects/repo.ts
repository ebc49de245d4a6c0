// Queries on projects, the topics they practise, and evidence links. Every query is scoped to its owner.
import type { Kysely } from 'kysely';
import { dialectOf } from '../../db/database.js';
import type { Database, EvidenceRow, ProjectRow } from '../../db/schema.js';

type Db = Kysely<Database>;

export interface ProjectWithTopics extends ProjectRow {
  topicIds: string[];
}

async function attachTopics(db: Db, rows: ProjectRow[]): Promise<ProjectWithTopics[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('project_topics')
    .selectAll()
    .where(
      'project_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('topic_id')
    .execute();
  return rows.map((row) => ({
    ...row,
    topicIds: links.filter((l) => l.project_id === row.id).map((l) => l.topic_id),
  }));
}

export async function listProjects(db: Db, userId: string): Promise<ProjectWithTopics[]> {
  const rows = await db
    .selectFrom('projects')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return attachTopics(db, rows);
}

export async function findProject(
  db: Db,
  userId: string,
  id: string,
): Promise<ProjectWithTopics | undefined> {
  const row = await db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? (await attachTopics(db, [row]))[0] : undefined;
}

/**
 * The project, locked until the caller's transaction ends on PostgreSQL, so two changes to it
 * (its milestones, its topic list) apply one after the other instead of interleaving.
 */
export async function lockProject(
  trx: Db,
  userId: string,
  id: string,
): Promise<ProjectWithTopics | undefined> {
  const row = await trx
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .$if(dialectOf(trx) === 'postgres', (query) => query.forUpdate())
    .executeTakeFirst();
  return row ? (await attachTopics(trx, [row]))[0] : undefined;
}

export async function insertProject(db: Db, row: ProjectRow): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

export async function updateProject(
  db: Db,
  userId: string,
  id: string,
  changes: Partial<ProjectRow>,
) {
  await db
    .updateTable('projects')
    .set(changes)
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .execute();
}

export async function replaceProjectTopics(
  db: Db,
  projectId: string,
  topicIds: string[],
): Promise<void> {
  await db.deleteFrom('project_topics').where('project_id', '=', projectId).execute();
  if (topicIds.length > 0) {
    await db
      .insertInto('project_topics')
      .values(topicIds.map((topic_id) => ({ project_id: projectId, topic_id })))
      .execute();
  }
}

export async function deleteProject(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('projects')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertEvidence(db: Db, row: EvidenceRow): Promise<void> {
  await db.insertInto('evidence').values(row).execute();
}

export function listEvidence(db: Db, userId: string, topicId?: string): Promise<EvidenceRow[]> {
  let query = db.selectFrom('evidence').selectAll().where('user_id', '=', userId);
  if (topicId) query = query.where('topic_id', '=', topicId);
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function deleteEvidence(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('evidence')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
