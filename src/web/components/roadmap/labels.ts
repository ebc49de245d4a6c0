// The status keyboard shortcuts of the roadmap's topic cards and panel.
import { STATUSES, type Status, type TopicLevel } from '../../../domain/vocabulary';

const KEY_OF_STATUS: Record<Status, string> = {
  not_started: '0',
  learning: '1',
  theoretical: '2',
  fragile: '3',
  comfortable: '4',
  skipped: 's',
};

/** One key per status, pressed while a topic card or its panel has focus. */
export const STATUS_SHORTCUTS: readonly { key: string; status: Status }[] = STATUSES.map(
  (status) => ({ key: KEY_OF_STATUS[status], status }),
);

export const SHORTCUT_KEYS = STATUS_SHORTCUTS.map((s) => s.key).join(' ');

/** A topic's own level (how hard it is), not the learner's. */
export const TOPIC_LEVEL_LABELS: Record<TopicLevel, string> = {
  beginner: 'Beginner topic',
  intermediate: 'Intermediate topic',
  advanced: 'Advanced topic',
};
