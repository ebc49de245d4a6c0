// The shapes the Waymark API sends and accepts, as the web app sees them.
import type { Bucket, Language, LearnerLevel, Status } from '../../domain/vocabulary';

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

export type ReviewType = 'monthly' | 'quarterly' | 'project' | 'annual';

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

export interface DueReview {
  type: ReviewType;
  dueOn: string;
  overdue: boolean;
  daysOverdue: number;
  reason: string;
  projectId: string | null;
  triggerId: string | null;
}

export interface CoachAction {
  label: string;
  method: 'PUT' | 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
}

export interface Finding {
  id: string;
  kind: 'pitfall' | 'signal' | 'balance';
  severity: 'info' | 'warning' | 'critical';
  title: string;
  explanation: string;
  evidence: { topics: string[]; projects: string[]; postings: string[]; dates: string[] };
  actions: CoachAction[];
}

export interface Coach {
  findings: Finding[];
  nextSteps: {
    focus: { topicId: string; title: string; status: Status } | null;
    topics: { topicId: string; title: string; status: Status; reason: string }[];
    weakestColumn: { id: string; title: string; strength: number } | null;
    project: { catalogueId: string; title: string; reason: string } | null;
  };
}

export interface OnePage {
  columns: {
    id: string;
    title: string;
    know: { topicId: string; title: string }[];
    built: { topicId: string; title: string; evidence: string[] }[];
    next: { topicId: string; title: string }[];
  }[];
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

export type StatusCounts = Record<Status, number>;

export interface HistoryStats {
  weeks: { weekStart: string; overall: StatusCounts; columns: Record<string, StatusCounts> }[];
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
