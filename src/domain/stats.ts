// Progress over time: how many topics stood at each status at the end of every week.
import { tz } from '@date-fns/tz';
import { addWeeks, format, startOfWeek } from 'date-fns';
import type { Topic } from './content/schema.js';
import { localDate } from './schedule.js';
import { STATUSES, type Status } from './vocabulary.js';

export type StatusCounts = Record<Status, number>;

export interface WeekOfProgress {
  /** The Monday the week starts on, in the learner's time zone. */
  weekStart: string;
  overall: StatusCounts;
  columns: Record<string, StatusCounts>;
}

const UTC = tz('UTC');

function mondayOf(date: string): string {
  return format(startOfWeek(`${date}T00:00:00Z`, { weekStartsOn: 1, in: UTC }), 'yyyy-MM-dd', {
    in: UTC,
  });
}

export const emptyCounts = (): StatusCounts =>
  Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

/**
 * Replays the history week by week, from the week the learner started to this week, counting
 * the learner's topics at each status as the week ended, overall and per column.
 */
export function weeklyProgress(
  topics: readonly Topic[],
  history: readonly { topicId: string; status: Status; changedAt: string }[],
  startedAt: string,
  timeZone: string,
  now: Date,
): WeekOfProgress[] {
  const columnOf = new Map(topics.map((t) => [t.id, t.column]));
  // Years of history repeat the same days many times; each day's week is worked out once.
  const weekOfDay = new Map<string, string>();
  const weekOf = (instant: string) => {
    const day = localDate(instant, timeZone);
    let week = weekOfDay.get(day);
    if (!week) {
      week = mondayOf(day);
      weekOfDay.set(day, week);
    }
    return week;
  };
  const entries = history
    .filter((h) => columnOf.has(h.topicId))
    .map((h) => ({ ...h, week: weekOf(h.changedAt) }))
    .sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  const firstWeek =
    [mondayOf(localDate(startedAt, timeZone)), ...entries.map((e) => e.week)].sort()[0] ?? '';
  const lastWeek = mondayOf(localDate(now, timeZone));

  const status = new Map<string, Status>();
  const weeks: WeekOfProgress[] = [];
  let next = 0;
  for (
    let week = firstWeek;
    week <= lastWeek;
    week = format(addWeeks(`${week}T00:00:00Z`, 1, { in: UTC }), 'yyyy-MM-dd', { in: UTC })
  ) {
    for (; next < entries.length && (entries[next]?.week ?? '') <= week; next += 1) {
      const entry = entries[next];
      if (entry) status.set(entry.topicId, entry.status);
    }
    const overall = emptyCounts();
    const columns: Record<string, StatusCounts> = {};
    for (const topic of topics) {
      const s = status.get(topic.id) ?? 'not_started';
      overall[s] += 1;
      columns[topic.column] ??= emptyCounts();
      (columns[topic.column] as StatusCounts)[s] += 1;
    }
    weeks.push({ weekStart: week, overall, columns });
  }
  return weeks;
}
