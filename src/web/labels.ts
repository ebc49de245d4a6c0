// The words every page uses for statuses, buckets, levels, cadences and review types: one place to change them.
import type { Bucket, LearnerLevel, Status } from '../domain/vocabulary';
import type { ReviewCadence } from './api/me';
import type { ReviewType } from './api/reviews';

/**
 * The words of a closed set in the order its labels are written. A label record typed by the
 * set (from the vocabulary or a schema) must name every word, so this list cannot miss one.
 */
export const wordsOf = <K extends string>(labels: Record<K, unknown>): K[] =>
  Object.keys(labels) as K[];

export const STATUS_LABELS: Record<Status, string> = {
  not_started: 'Not started',
  learning: 'Learning',
  theoretical: 'Theoretical (studied, not applied)',
  fragile: 'Fragile (applied, still shaky)',
  comfortable: 'Comfortable',
  skipped: 'Skipped',
};

/** Short status names, for badges, charts and filters where the long ones crowd the line. */
export const STATUS_SHORT_LABELS: Record<Status, string> = {
  not_started: 'Not started',
  learning: 'Learning',
  theoretical: 'Theoretical',
  fragile: 'Fragile',
  comfortable: 'Comfortable',
  skipped: 'Skipped',
};

export const BUCKET_LABELS: Record<Bucket, string> = {
  essential_now: 'Essential now',
  useful_next: 'Useful next',
  optional_later: 'Optional later',
};

export const LEVEL_LABELS: Record<LearnerLevel, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  job_seeking: 'Job-seeking',
};

export const CADENCE_LABELS: Record<ReviewCadence, string> = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Every month',
};

export const REVIEW_TITLES: Record<ReviewType, string> = {
  monthly: 'Monthly check-in',
  quarterly: 'Quarterly refresh',
  project: 'Project retro',
  annual: 'Annual reset',
};
