// One topic in a plan list (next or parked): its title, its status and why it is there.
import type { NextSteps } from '../../api/coach';
import { STATUS_SHORT_LABELS } from '../../labels';

export function StepItem({ topic }: { topic: NextSteps['topics'][number] }) {
  return (
    <li>
      <span className="step-title">{topic.title}</span>{' '}
      <span className={`status-tag status-tag-${topic.status}`}>
        {STATUS_SHORT_LABELS[topic.status]}
      </span>
      <p className="muted">{topic.reason}</p>
    </li>
  );
}
