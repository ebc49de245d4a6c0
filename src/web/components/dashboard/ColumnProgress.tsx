import type { Status } from '../../../domain/vocabulary';
import type { LearnerRoadmap } from '../../api/client';
import { STATUS_SHORT_LABELS } from '../../labels';

/** The statuses the bars show, strongest first; skipped topics are left out of the bars. */
const SHOWN: Exclude<Status, 'skipped'>[] = [
  'comfortable',
  'fragile',
  'theoretical',
  'learning',
  'not_started',
];

type Counts = Record<Status, number>;

function countByStatus(roadmap: LearnerRoadmap, columnId: string): Counts {
  const counts: Counts = {
    not_started: 0,
    learning: 0,
    theoretical: 0,
    fragile: 0,
    comfortable: 0,
    skipped: 0,
  };
  for (const topic of roadmap.topics) {
    if (topic.columnId === columnId) counts[topic.progress.status] += 1;
  }
  return counts;
}

function summary(title: string, counts: Counts, total: number): string {
  const parts = SHOWN.map((s) => `${counts[s]} ${STATUS_SHORT_LABELS[s].toLowerCase()}`);
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `${title}: ${parts.join(', ')}, of ${total} topics${skipped}`;
}

/**
 * One horizontal stacked bar per column, drawn in HTML and CSS rather than a chart library so the
 * first page stays small; the numbers are in each bar's label and the visible caption.
 */
export function ColumnProgress({ roadmap }: { roadmap: LearnerRoadmap }) {
  return (
    <>
      <ul className="legend" aria-label="Legend">
        {SHOWN.map((status) => (
          <li key={status}>
            <span className={`swatch seg-${status}`} aria-hidden="true" />
            {STATUS_SHORT_LABELS[status]}
          </li>
        ))}
      </ul>
      <ul className="column-bars">
        {roadmap.columns.map((column) => {
          const counts = countByStatus(roadmap, column.id);
          const total = SHOWN.reduce((sum, s) => sum + counts[s], 0);
          return (
            <li key={column.id} className="column-bar">
              <div className="column-bar-head">
                <span className="column-name">{column.title}</span>
                <span className="muted">
                  {counts.comfortable} of {total} comfortable
                </span>
              </div>
              <div className="bar" role="img" aria-label={summary(column.title, counts, total)}>
                {total > 0 &&
                  SHOWN.filter((s) => counts[s] > 0).map((status) => (
                    <span
                      key={status}
                      className={`seg seg-${status}`}
                      style={{ width: `${(counts[status] / total) * 100}%` }}
                    />
                  ))}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
