// The words every page uses for statuses, buckets and review types: one place to change them.
import type { Bucket, Status } from '../domain/vocabulary';
import type { ReviewType } from './api/reviews';

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

export const REVIEW_TITLES: Record<ReviewType, string> = {
  monthly: 'Monthly check-in',
  quarterly: 'Quarterly refresh',
  project: 'Project retro',
  annual: 'Annual reset',
};
