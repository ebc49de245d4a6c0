// A learner's status on a topic as a badge.
import type { Status } from '../../../domain/vocabulary';
import { STATUS_LABELS } from '../../labels';

/** A learner's status on a topic as words with a colour cue; the words carry the meaning. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`status-badge status-badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
