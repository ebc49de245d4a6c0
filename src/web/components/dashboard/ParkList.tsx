// The planner's first step when too much is open: the topics to set aside, each with its reason.
import { useId, useState } from 'react';
import type { NextSteps } from '../../api/coach';
import { StepItem } from './StepItem';

/** How many parked topics show before "Show all". */
const SHOWN = 5;

export function ParkList({ park }: { park: NextSteps['park'] }) {
  const [all, setAll] = useState(false);
  const listId = useId();
  if (park.length === 0) return null;
  const shown = all ? park : park.slice(0, SHOWN);
  return (
    <div className="park-list">
      <h3>First, park these</h3>
      <p className="muted">
        {park.length === 1
          ? 'One topic waits: set it aside so your focus and the topics below get your time.'
          : `${park.length} topics are begun and waiting. Set them aside for now (mark them skipped or move them to a later bucket in your next check-in) so your focus and the topics below get your time.`}
      </p>
      <ul id={listId} className="step-list">
        {shown.map((topic) => (
          <StepItem key={topic.topicId} topic={topic} />
        ))}
      </ul>
      {park.length > SHOWN && (
        <button
          type="button"
          className="button-quiet"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer' : `Show all ${park.length}`}
        </button>
      )}
    </div>
  );
}
