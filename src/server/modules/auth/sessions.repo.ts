// Queries on the sessions table. Only SHA-256 hashes of session tokens ever reach it.
import type { Kysely } from 'kysely';
import type { Database, SessionRow, UserRow } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function insertSession(db: Db, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export interface LiveSession {
  session: SessionRow;
  user: UserRow;
}

/**
 * The live sessions with these token hashes, each with its user, in one query: every signed-in
 * request asks this, so it is a join rather than two round trips, and requests that arrive
 * together share it (see session-lookup.ts).
 */
export async function findLiveSessionsWithUsers(
  db: Db,
  tokenHashes: readonly string[],
  now: string,
): Promise<Map<string, LiveSession>> {
  if (tokenHashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.token_hash as session_token_hash',
      'sessions.user_agent as session_user_agent',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
    ])
    .where('sessions.token_hash', 'in', tokenHashes)
    .where('sessions.expires_at', '>', now)
    .execute();
  const found = new Map<string, LiveSession>();
  for (const row of rows) {
    const {
      session_id,
      session_token_hash,
      session_user_agent,
      session_created_at,
      session_last_seen_at,
      session_expires_at,
      ...user
    } = row;
    found.set(session_token_hash, {
      user,
      session: {
        id: session_id,
        user_id: user.id,
        token_hash: session_token_hash,
        user_agent: session_user_agent,
        created_at: session_created_at,
        last_seen_at: session_last_seen_at,
        expires_at: session_expires_at,
      },
    });
  }
  return found;
}

export async function touchSession(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export function listLiveSessions(db: Db, userId: string, now: string): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** Deletes one of the user's sessions; returns whether there was one to delete. */
export async function deleteSession(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Deletes every session that expired at or before `now`; returns how many. */
export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteOtherSessions(db: Db, userId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}
