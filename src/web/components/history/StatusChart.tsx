// A stacked area chart of topics per status week by week, with a table of the same numbers.
import { useEffect, useId, useRef } from 'react';
import type { HistoryWeek } from '../../api/history';
import { STATUS_SHORT_LABELS } from '../../labels';
import {
  CHARTED_STATUSES,
  Chart,
  TABLE_STATUSES,
  type ThemeColours,
  themeColours,
  translucent,
} from './chart';
import { useColourScheme, useReducedMotion } from './useColourScheme';

export interface WeekCounts {
  weekStart: string;
  counts: HistoryWeek['overall'];
}

/** The schema types the counts by any key, so a status the server left out reads as none. */
const countOf = (counts: HistoryWeek['overall'], status: string) => counts[status] ?? 0;

const weekLabel = (weekStart: string, style: 'short' | 'long') =>
  new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${weekStart}T00:00:00Z`));

/** What the canvas shows, in one sentence: the latest week's counts. */
function latestWeekSummary(title: string, weeks: readonly WeekCounts[]): string {
  const latest = weeks.at(-1);
  if (!latest) return `${title}: no weeks to show yet.`;
  const parts = TABLE_STATUSES.filter(
    (s) => countOf(latest.counts, s) > 0 || s === 'comfortable',
  ).map((s) => `${countOf(latest.counts, s)} ${STATUS_SHORT_LABELS[s].toLowerCase()}`);
  return `${title}, stacked area chart over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}. Week of ${weekLabel(latest.weekStart, 'long')}: ${parts.join(', ')}.`;
}

function chartConfig(weeks: readonly WeekCounts[], colours: ThemeColours, animate: boolean) {
  const font = { family: getComputedStyle(document.body).fontFamily, size: 13 };
  const axis = { ticks: { color: colours.muted, font }, grid: { color: colours.grid } };
  return {
    type: 'line' as const,
    data: {
      labels: weeks.map((w) => weekLabel(w.weekStart, 'short')),
      datasets: CHARTED_STATUSES.map((status, index) => ({
        label: STATUS_SHORT_LABELS[status],
        data: weeks.map((w) => countOf(w.counts, status)),
        borderColor: colours.status[status],
        backgroundColor: translucent(colours.status[status], 0.35),
        // Each area fills down to the one below it, which is what stacks them.
        fill: index === 0 ? ('origin' as const) : ('-1' as const),
        pointRadius: weeks.length > 16 ? 0 : 3,
        borderWidth: 2,
        // Monotone curves never overshoot, so a stacked band never looks larger than its count.
        cubicInterpolationMode: 'monotone' as const,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 300 } : (false as const),
      interaction: { mode: 'index' as const, intersect: false },
      scales: {
        x: axis,
        y: {
          ...axis,
          stacked: true,
          beginAtZero: true,
          ticks: { color: colours.muted, font, precision: 0 },
          title: { display: true, text: 'Topics', color: colours.muted, font },
        },
      },
      plugins: {
        legend: { labels: { color: colours.text, font, boxWidth: 14 } },
        tooltip: { titleFont: font, bodyFont: font },
      },
    },
  };
}

/** A stacked area chart of topics per status by week, with the same numbers as a table. */
export function StatusChart({ title, weeks }: { title: string; weeks: readonly WeekCounts[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useColourScheme();
  const reducedMotion = useReducedMotion();
  const captionId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scheme means new CSS variable values, which themeColours() reads, so the chart is drawn again
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, chartConfig(weeks, themeColours(), !reducedMotion));
    return () => chart.destroy();
  }, [weeks, scheme, reducedMotion]);

  return (
    <figure className="status-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={latestWeekSummary(title, weeks)} />
      </div>
      <p className="hint">
        {weeks.length < 2 && 'The chart grows a line as the weeks pass. '}
        Not started topics are left out of the chart so progress stays visible; the table counts
        them.
      </p>
      <details className="chart-table">
        <summary>Show the numbers as a table</summary>
        <StatusTable title={title} weeks={weeks} />
      </details>
    </figure>
  );
}

function StatusTable({ title, weeks }: { title: string; weeks: readonly WeekCounts[] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled
    <section className="table-scroll" aria-label={`${title}, by week`} tabIndex={0}>
      <table className="history-table">
        <caption>{title}: topics at each status by week, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {TABLE_STATUSES.map((s) => (
              <th scope="col" key={s}>
                {STATUS_SHORT_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{weekLabel(week.weekStart, 'long')}</th>
              {TABLE_STATUSES.map((s) => (
                <td key={s}>{countOf(week.counts, s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
