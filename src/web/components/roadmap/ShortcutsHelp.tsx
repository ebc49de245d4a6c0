// The status shortcuts, shown next to the filters so a learner can find them without a manual.
import { useId } from 'react';
import { STATUS_SHORT_LABELS } from '../../labels';
import { STATUS_SHORTCUTS } from './labels';

export function ShortcutsHelp() {
  const headingId = useId();
  return (
    <section className="roadmap-shortcuts" aria-labelledby={headingId}>
      <h2 id={headingId}>Keyboard shortcuts</h2>
      <p className="hint">
        With a topic's Details button or its panel focused, press a key to set its status. Keys
        typed into a field stay text.
      </p>
      <ul>
        {STATUS_SHORTCUTS.map(({ key, status }) => (
          <li key={key}>
            <kbd>{key}</kbd> {STATUS_SHORT_LABELS[status]}
          </li>
        ))}
      </ul>
    </section>
  );
}
