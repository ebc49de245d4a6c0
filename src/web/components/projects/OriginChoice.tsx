// How a project began: from a blank project or by following a tutorial. The coach counts only the
// first as independent practice.
import { useId } from 'react';
import type { ProjectOrigin } from '../../api/projects';
import { PROJECT_ORIGIN_LABELS } from './labels';

export function OriginChoice({
  value,
  onChange,
}: {
  value: ProjectOrigin;
  onChange: (origin: ProjectOrigin) => void;
}) {
  const id = useId();
  return (
    <fieldset className="projects-origin" aria-describedby={`${id}-hint`}>
      <legend>How did it begin?</legend>
      {(['blank', 'tutorial'] as const).map((origin) => (
        <label key={origin} className="choice">
          <input
            type="radio"
            name={`${id}-origin`}
            value={origin}
            checked={value === origin}
            onChange={() => onChange(origin)}
          />
          {PROJECT_ORIGIN_LABELS[origin]}
        </label>
      ))}
      <p id={`${id}-hint`} className="hint">
        The coach counts a project begun from blank as independent practice; one built along a
        tutorial is still worth recording.
      </p>
    </fieldset>
  );
}
