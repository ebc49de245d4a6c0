// The one Database type: every table the app reads or writes, as Kysely sees it.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  ActivityKind,
  Bucket,
  ChangeCause,
  CheckInCadence,
  Language,
  LearnerLevel,
  ProjectOrigin,
  ProjectStatus,
  ReviewType,
  Status,
} from '../../domain/vocabulary.js';

/** Timestamps travel as ISO-8601 strings in UTC on both dialects (see database.ts). */
type Timestamp = string;

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string | null;
  level: LearnerLevel | null;
  language: Language | null;
  framework: string | null;
  target_role: string | null;
  time_zone: string;
  review_cadence: Generated<CheckInCadence>;
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
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updated_at: Timestamp;
  /** The status before the latest change; set by the same upsert that makes the change. */
  previous_status: Status | null;
}

export interface ProgressHistoryTable {
  id: Generated<number>;
  user_id: string;
  roadmap_id: string;
  topic_id: string;
  previous_status: Status | null;
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  changed_at: Timestamp;
  /** Why it changed; rows written before causes were recorded have none and count as `learner`. */
  cause: ChangeCause | null;
}

export interface ProjectsTable {
  id: string;
  user_id: string;
  title: string;
  description: string | null;
  repo_url: string | null;
  deployed_url: string | null;
  status: ProjectStatus;
  /** 0 or 1 on both dialects. */
  production_like: number;
  origin: ProjectOrigin;
  language: Language | null;
  catalogue_id: string | null;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectTopicsTable {
  project_id: string;
  topic_id: string;
}

export interface EvidenceTable {
  id: string;
  user_id: string;
  roadmap_id: string;
  topic_id: string;
  project_id: string | null;
  url: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface ReviewsTable {
  id: string;
  user_id: string;
  type: ReviewType;
  project_id: string | null;
  roadmap_id: string;
  roadmap_version: number;
  /** JSON: { questionId: answer } */
  answers: string;
  /** JSON: the plan changes the review applied */
  changes: string;
  completed_at: Timestamp;
}

export interface ReviewTriggersTable {
  id: string;
  user_id: string;
  trigger_id: string;
  review_type: ReviewType;
  label: string;
  raised_at: Timestamp;
}

export interface PostingsTable {
  id: string;
  user_id: string;
  title: string | null;
  text: string;
  /** JSON: FoundSkill[] */
  skills: string;
  created_at: Timestamp;
}

/** A learner's recent roadmap activity, read only by their own coach; the newest few are kept. */
export interface ActivityTable {
  id: string;
  user_id: string;
  kind: ActivityKind;
  /** The search text, the column id or the topic id. */
  value: string;
  created_at: Timestamp;
}

export interface LearnerPlansTable {
  user_id: string;
  roadmap_id: string;
  focus_topic_id: string | null;
  next_project_id: string | null;
  /** The review that chose the focus, and when; null for plans saved before this was kept. */
  focus_chosen_by: ReviewType | null;
  focus_chosen_at: Timestamp | null;
  project_chosen_by: ReviewType | null;
  project_chosen_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  progress: ProgressTable;
  progress_history: ProgressHistoryTable;
  projects: ProjectsTable;
  project_topics: ProjectTopicsTable;
  evidence: EvidenceTable;
  reviews: ReviewsTable;
  review_triggers: ReviewTriggersTable;
  postings: PostingsTable;
  learner_plans: LearnerPlansTable;
  activity: ActivityTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ProgressRow = Selectable<ProgressTable>;
export type ProgressHistoryRow = Selectable<ProgressHistoryTable>;
export type ProjectRow = Selectable<ProjectsTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type ReviewRow = Selectable<ReviewsTable>;
export type ReviewTriggerRow = Selectable<ReviewTriggersTable>;
export type PostingRow = Selectable<PostingsTable>;
export type LearnerPlanRow = Selectable<LearnerPlansTable>;
export type ActivityRow = Selectable<ActivityTable>;
