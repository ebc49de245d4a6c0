// The status keyboard shortcuts of the roadmap's topic cards and panel.
import type { Status } from '../../../domain/vocabulary';

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
