// The coach's input (the learner's own data) and output (findings and next steps).
import type { Roadmap } from '../content/schema.js';
import type {
  ActivityKind,
  Bucket,
  Language,
  LearnerLevel,
  ProjectOrigin,
  ReviewType,
  Status,
} from '../vocabulary.js';

export interface CoachProject {
  id: string;
  title: string;
  status: 'planned' | 'building' | 'done';
  productionLike: boolean;
  /** Built by following a tutorial, or from a blank project. */
  origin: ProjectOrigin;
  deployedUrl: string | null;
  language: Language | null;
  catalogueId: string | null;
  topicIds: string[];
  createdAt: string;
  completedAt: string | null;
}

export interface CoachInput {
  roadmap: Roadmap;
  learner: {
    language: Language | null;
    level: LearnerLevel | null;
    targetRole: string | null;
    startedAt: string;
  };
  /** Topics the learner has touched; every other topic is not started. */
  progress: ReadonlyMap<string, { status: Status; bucket: Bucket | null }>;
  /** Every status change, oldest first. */
  history: { topicId: string; status: Status; changedAt: string }[];
  projects: CoachProject[];
  reviews: { type: string; completedAt: string; roadmapVersion: number }[];
  postings: { id: string; title: string | null; createdAt: string; topicIds: string[] }[];
  plan: {
    focusTopicId: string | null;
    nextProjectId: string | null;
    /** The review that chose each, and when. */
    focusChosenIn: { type: ReviewType; completedAt: string } | null;
    projectChosenIn: { type: ReviewType; completedAt: string } | null;
  };
  /** The learner's recent roadmap activity (searches, column filters, opened topics), newest first. */
  activity: { kind: ActivityKind; value: string; at: string }[];
}

/**
 * What acting on a finding would do, in the learner's terms. The domain names no URL: the API
 * turns each intent into the request that carries it out.
 */
export type Intent =
  | { kind: 'set-status'; topicId: string; status: Status }
  | { kind: 'start-project'; catalogueId: string }
  | { kind: 'review-now'; triggerId: string; review: ReviewType };

/** One thing the learner can do about a finding, with one click. */
export interface Action {
  label: string;
  intent: Intent;
}

export interface Finding {
  /** Stable rule id, e.g. pitfall.sql-skipped */
  id: string;
  kind: 'pitfall' | 'signal' | 'balance';
  severity: 'info' | 'warning' | 'critical';
  title: string;
  /** Plain language, naming the topics, projects, postings or dates behind the finding. */
  explanation: string;
  evidence: { topics: string[]; projects: string[]; postings: string[]; dates: string[] };
  actions: Action[];
}

export interface NextTopic {
  topicId: string;
  title: string;
  status: Status;
  reason: string;
}

/** An open topic the plan sets aside for now, and why. */
export interface ParkedTopic {
  topicId: string;
  title: string;
  status: Status;
  reason: string;
}

export interface NextSteps {
  /** The topic a review chose to work on first, while it still stands, and which review it was. */
  focus: { topicId: string; title: string; status: Status; reason: string } | null;
  /** When far too much is open: the topics to set aside first; empty otherwise. */
  park: ParkedTopic[];
  topics: NextTopic[];
  weakestColumn: { id: string; title: string; strength: number } | null;
  project: { catalogueId: string; title: string; reason: string } | null;
}

export interface CoachReport {
  findings: Finding[];
  nextSteps: NextSteps;
}
