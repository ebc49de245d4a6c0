// The one Database type: every table the app reads or writes, as Kysely sees it.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps travel as ISO-8601 strings in UTC on both dialects (see database.ts). */
type Timestamp = string;

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string | null;
  level: string | null;
  language: string | null;
  framework: string | null;
  target_role: string | null;
  time_zone: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  /** SHA-256 of the cookie's token, hex; the token itself is never stored. */
  token_hash: string;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface ProgressTable {
  user_id: string;
  roadmap_id: string;
  topic_id: string;
  status: string;
  bucket: string | null;
  note: string | null;
  updated_at: Timestamp;
}

export interface ProgressHistoryTable {
  id: Generated<number>;
  user_id: string;
  roadmap_id: string;
  topic_id: string;
  previous_status: string | null;
  status: string;
  bucket: string | null;
  note: string | null;
  changed_at: Timestamp;
  /** Why it changed: `learner`, or `content_upgrade` when a new roadmap version moved it. */
  cause: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  progress: ProgressTable;
  progress_history: ProgressHistoryTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ProgressRow = Selectable<ProgressTable>;
export type ProgressHistoryRow = Selectable<ProgressHistoryTable>;
