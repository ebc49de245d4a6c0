// The dashboard's progress per column: one stacked bar per column, with its numbers in words.
import type { Status } from '../../../domain/vocabulary';
import type { ProgressSummary } from '../../api/roadmap';
import { STATUS_SHORT_LABELS, wordsOf } from '../../labels';

/** The statuses the bars show, strongest first; skipped topics are left out of the bars. */
const SHOWN = wordsOf(STATUS_SHORT_LABELS)
  .filter((s): s is Exclude<Status, 'skipped'> => s !== 'skipped')
  .reverse();

type Counts = ProgressSummary['statusCounts'];

function describe(title: string, counts: Counts, total: number): string {
  const parts = SHOWN.map((s) => `${counts[s]} ${STATUS_SHORT_LABELS[s].toLowerCase()}`);
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `${title}: ${parts.join(', ')}, of ${total} topics${skipped}`;
}

/**
 * One horizontal stacked bar per column, drawn in HTML and CSS rather than a chart library so the
 * first page stays small; the numbers are in each bar's label and the visible caption.
 */
export function ColumnProgress({ summary }: { summary: ProgressSummary }) {
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
        {summary.columns.map((column) => {
          const counts = column.statusCounts;
          const total = SHOWN.reduce((sum, s) => sum + counts[s], 0);
          return (
            <li key={column.id} className="column-bar">
              <div className="column-bar-head">
                <span className="column-name">{column.title}</span>
                <span className="muted">
                  {counts.comfortable} of {total} comfortable
                </span>
              </div>
              <div className="bar" role="img" aria-label={describe(column.title, counts, total)}>
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
