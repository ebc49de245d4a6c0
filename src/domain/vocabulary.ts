// The closed sets of words Waymark uses for learners and topics, shared by content, API and web.

export const LEARNER_LEVELS = ['beginner', 'intermediate', 'job_seeking'] as const;
export type LearnerLevel = (typeof LEARNER_LEVELS)[number];

export const TOPIC_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type TopicLevel = (typeof TOPIC_LEVELS)[number];

export const BUCKETS = ['essential_now', 'useful_next', 'optional_later'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** A topic's progress, from untouched to solid; `skipped` is a deliberate choice, not a gap. */
export const STATUSES = [
  'not_started',
  'learning',
  'theoretical',
  'fragile',
  'comfortable',
  'skipped',
] as const;
export type Status = (typeof STATUSES)[number];

/** The one language a learner goes deep in; `javascript` means JS/TS on Node.js. */
export const LANGUAGES = [
  'javascript',
  'python',
  'java',
  'go',
  'ruby',
  'php',
  'csharp',
  'rust',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** A review's name in a sentence: "in your monthly check-in". */
export const REVIEW_NAMES: Record<ReviewType, string> = {
  monthly: 'monthly check-in',
  quarterly: 'quarterly refresh',
  project: 'project retro',
  annual: 'annual reset',
};

/** A status in a sentence: "asked by 5 of 6, only read about". */
export const STATUS_WORDS: Record<Status, string> = {
  not_started: 'not started',
  learning: 'being learnt',
  theoretical: 'only read about',
  fragile: 'applied but shaky',
  comfortable: 'comfortable',
  skipped: 'skipped',
};

export const LANGUAGE_NAMES: Record<Language, string> = {
  javascript: 'JavaScript / TypeScript (Node.js)',
  python: 'Python',
  java: 'Java',
  go: 'Go',
  ruby: 'Ruby',
  php: 'PHP',
  csharp: 'C#',
  rust: 'Rust',
};

export const RESOURCE_KINDS = [
  'docs',
  'tutorial',
  'course',
  'book',
  'video',
  'article',
  'practice',
  'tool',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The four review cycles: a monthly check-in, a quarterly and an annual review, and a project retro. */
export const REVIEW_TYPES = ['monthly', 'quarterly', 'project', 'annual'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

/** How often the learner's check-in repeats. */
export const CHECK_IN_CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export type CheckInCadence = (typeof CHECK_IN_CADENCES)[number];

export const PROJECT_STATUSES = ['planned', 'building', 'done'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * How a project began: following a tutorial, or from a blank project the learner shaped
 * themselves. Only the second shows the learner can apply topics without a guide.
 */
export const PROJECT_ORIGINS = ['blank', 'tutorial'] as const;
export type ProjectOrigin = (typeof PROJECT_ORIGINS)[number];

/**
 * What the learner did on the roadmap that says where their interest lies: a search typed in
 * the roadmap's search box, a column chosen in its filter, a topic opened.
 */
export const ACTIVITY_KINDS = ['search', 'column', 'topic'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Why a topic's progress changed: the learner, a review's plan change, or a new roadmap version. */
export const CHANGE_CAUSES = ['learner', 'review', 'content_upgrade'] as const;
export type ChangeCause = (typeof CHANGE_CAUSES)[number];

/** The bucket a learner sees when they have not chosen a level yet. */
export const DEFAULT_LEVEL: LearnerLevel = 'beginner';
