// The dashboard's current focus: the one topic the last check-in chose, or how to choose one.
import { Link } from 'react-router';
import type { Coach } from '../../api/coach';
import { STATUS_SHORT_LABELS } from '../../labels';

/** The one topic the last monthly check-in chose, shown first so the learner knows where to start. */
export function CurrentFocus({ focus }: { focus: Coach['nextSteps']['focus'] }) {
  if (!focus) {
    return (
      <div className="focus-card">
        <p className="focus-title">No focus chosen yet.</p>
        <p className="muted">
          Your monthly check-in picks the one gap to close next. Until then, the next steps below
          show where to start.
        </p>
        <p className="focus-links">
          <Link to="/roadmap">Open your roadmap</Link>
          <Link to="/reviews/new/monthly">Do a check-in now</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="focus-card">
      <p className="focus-title">{focus.title}</p>
      <p className="muted">
        Status:{' '}
        <span className={`status-tag status-tag-${focus.status}`}>
          {STATUS_SHORT_LABELS[focus.status]}
        </span>{' '}
        · {focus.reason}
      </p>
      <p className="focus-links">
        <Link to="/roadmap">See it on your roadmap</Link>
      </p>
    </div>
  );
}
