// Queries on saved job postings.
import type { Kysely } from 'kysely';
import type { Database, PostingRow } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function insertPosting(db: Db, row: PostingRow): Promise<void> {
  await db.insertInto('postings').values(row).execute();
}

export function listPostings(db: Db, userId: string): Promise<PostingRow[]> {
  return db
    .selectFrom('postings')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function findPosting(db: Db, userId: string, id: string): Promise<PostingRow | undefined> {
  return db
    .selectFrom('postings')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function deletePosting(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('postings')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
