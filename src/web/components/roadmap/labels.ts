// The words the roadmap shows for statuses and buckets, and the status keyboard shortcuts.
import type { Bucket, Status } from '../../../domain/vocabulary';

export const STATUS_LABELS: Record<Status, string> = {
  not_started: 'Not started',
  learning: 'Learning',
  theoretical: 'Theoretical (studied, not applied)',
  fragile: 'Fragile (applied, still shaky)',
  comfortable: 'Comfortable',
  skipped: 'Skipped',
};

/** Short status names, for filters and the shortcut help where the long ones crowd the line. */
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

/** One key per status, pressed while a topic card or its panel has focus. */
export const STATUS_SHORTCUTS: readonly { key: string; status: Status }[] = [
  { key: '0', status: 'not_started' },
  { key: '1', status: 'learning' },
  { key: '2', status: 'theoretical' },
  { key: '3', status: 'fragile' },
  { key: '4', status: 'comfortable' },
  { key: 's', status: 'skipped' },
];

export const SHORTCUT_KEYS = STATUS_SHORTCUTS.map((s) => s.key).join(' ');

/** A topic's own level (how hard it is), not the learner's. */
export const TOPIC_LEVEL_LABELS: Record<string, string> = {
  beginner: 'Beginner topic',
  intermediate: 'Intermediate topic',
  advanced: 'Advanced topic',
};
