// The shapes the Waymark API sends and accepts, as the web app sees them.

import type { OnePageColumn } from '../../domain/one-page';
import type { ReviewType } from '../../domain/schedule';
import type { StatusCounts, WeekOfProgress } from '../../domain/stats';
import type { Bucket, Language, LearnerLevel, Status } from '../../domain/vocabulary';

// The coach, the schedule, the one-page view and the weekly stats are pure domain functions whose
// results the API sends as they are, so their types are the wire types too.
export type {
  Action as CoachAction,
  CoachReport as Coach,
  Finding,
} from '../../domain/coach/types';
export type { OnePageColumn } from '../../domain/one-page';
export type { DueReview, ReviewType } from '../../domain/schedule';
export type { StatusCounts } from '../../domain/stats';

export interface OnePage {
  columns: OnePageColumn[];
}

export interface HistoryStats {
  weeks: WeekOfProgress[];
}

export interface User {
  id: string;
  email: string;
  displayName: string | null;
  level: LearnerLevel | null;
  language: Language | null;
  framework: string | null;
  targetRole: string | null;
  timeZone: string;
  reviewCadence: 'weekly' | 'fortnightly' | 'monthly';
  createdAt: string;
}

export interface Resource {
  title: string;
  url: string;
  kind: string;
}

export interface TopicProgress {
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updatedAt: string | null;
}

export interface LearnerTopic {
  id: string;
  title: string;
  summary: string;
  stageId: string;
  columnId: string;
  level: string;
  prerequisites: string[];
  aliases: string[];
  checks: string[];
  tools: string[];
  resources: Resource[];
  defaultBucket: Bucket;
  bucket: Bucket;
  progress: TopicProgress;
}

export interface Stage {
  id: string;
  title: string;
  summary: string;
  optional?: boolean;
}

export interface PracticeProject {
  id: string;
  title: string;
  stage: string;
  size: 'small' | 'medium' | 'large';
  brief: string;
  topics: string[];
  doneWhen: string[];
  stretch: string[];
}

export interface ReviewQuestion {
  id: string;
  prompt: string;
  help?: string;
  answer:
    | 'text'
    | 'topic'
    | 'topics'
    | 'project'
    | 'catalogue_project'
    | 'topic_statuses'
    | 'bucket_sort'
    | 'pain_points';
  decides?: 'focus' | 'revisit' | 'remove' | 'buckets' | 'statuses' | 'next_project';
}

export interface ReviewTemplate {
  id: ReviewType;
  title: string;
  intro: string;
  questions: ReviewQuestion[];
  painPoints?: { id: string; label: string; revisit: string[] }[];
}

/** A learner's variant of a roadmap without progress: the same for everyone on it. */
export interface LearnerContent extends Omit<LearnerRoadmap, 'topics'> {
  topics: Omit<LearnerTopic, 'bucket' | 'progress'>[];
}

/** The learner's progress on a roadmap, and where their variant's content is. */
export interface LearnerProgress {
  roadmapId: string;
  version: number;
  language: Language | null;
  level: LearnerLevel | null;
  content: string;
  /** Only topics with something recorded; any other is not started, in its default bucket. */
  progress: Record<string, TopicProgress>;
}

export interface ProgressSummary {
  roadmapId: string;
  title: string;
  version: number;
  topicCount: number;
  statusCounts: StatusCounts;
  columns: { id: string; title: string; topicCount: number; statusCounts: StatusCounts }[];
}

export interface LearnerRoadmap {
  id: string;
  title: string;
  summary: string;
  version: number;
  language: Language | null;
  level: LearnerLevel | null;
  stages: Stage[];
  columns: { id: string; title: string; summary: string }[];
  topics: LearnerTopic[];
  projects: PracticeProject[];
  reviewTemplates: ReviewTemplate[];
  revisitTriggers: { id: string; label: string; review: ReviewType }[];
}

export interface Project {
  id: string;
  title: string;
  description: string | null;
  repoUrl: string | null;
  deployedUrl: string | null;
  status: 'planned' | 'building' | 'done';
  productionLike: boolean;
  language: Language | null;
  catalogueId: string | null;
  topicIds: string[];
  startedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewProject = Partial<
  Omit<Project, 'id' | 'startedAt' | 'completedAt' | 'createdAt' | 'updatedAt'>
> & {
  status: Project['status'];
};

export interface Evidence {
  id: string;
  topicId: string;
  projectId: string | null;
  url: string | null;
  note: string | null;
  createdAt: string;
}

export interface PlanChanges {
  focusTopicId?: string | null;
  buckets?: { topicId: string; bucket: Bucket }[];
  statuses?: { topicId: string; status: Status }[];
  revisit?: string[];
  remove?: string[];
  nextProjectId?: string | null;
}

export interface Review {
  id: string;
  type: ReviewType;
  projectId: string | null;
  roadmapVersion: number;
  answers: Record<string, string>;
  changes: PlanChanges;
  completedAt: string;
}

export interface Posting {
  id: string;
  title: string | null;
  text: string;
  skills: {
    topicId: string;
    title: string;
    matches: { start: number; end: number; text: string }[];
  }[];
  createdAt: string;
}

export interface PostingSummary {
  id: string;
  title: string | null;
  topicIds: string[];
  createdAt: string;
}

export interface SkillDemand {
  topicId: string;
  title: string;
  postings: number;
  share: number;
  status: Status;
}

export interface Session {
  id: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

export interface HistoryPage {
  items: {
    id: number;
    topicId: string;
    previousStatus: Status | null;
    status: Status;
    bucket: Bucket | null;
    note: string | null;
    changedAt: string;
    cause: 'learner' | 'review' | 'content_upgrade';
  }[];
  nextCursor: string | null;
}

export interface ProgressRecord {
  roadmapId: string;
  topicId: string;
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updatedAt: string;
}
