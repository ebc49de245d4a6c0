// When each of a learner's reviews (check-in, quarterly refresh, project retro, annual reset) is due.
import { tz, tzOffset } from '@date-fns/tz';
import type { Duration } from 'date-fns';
import {
  add,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  formatISO,
  isValid,
  max,
  min,
  parseISO,
} from 'date-fns';
import type { CheckInCadence, ReviewType } from './vocabulary.js';

export interface ScheduleInput {
  /** IANA time zone, e.g. 'Pacific/Tongatapu'; every date below is read in it. */
  timeZone: string;
  /** How often the check-in (type 'monthly') repeats. */
  cadence: CheckInCadence;
  /** ISO instant the learner signed up: the anchor of every cycle. */
  startedAt: string;
  reviews: { type: ReviewType; completedAt: string; projectId: string | null }[];
  doneProjects: { id: string; title: string; completedAt: string }[];
  /** "Revisit now" moments, each asking for one review type at once. */
  triggers: { id: string; review: ReviewType; label: string; raisedAt: string }[];
}

export interface DueReview {
  type: ReviewType;
  /** A calendar date 'YYYY-MM-DD' in the learner's time zone. */
  dueOn: string;
  /** `dueOn` is before the learner's local today; a review due today is not overdue. */
  overdue: boolean;
  daysOverdue: number;
  /** Why it is due, in plain words. */
  reason: string;
  projectId: string | null;
  triggerId: string | null;
}

type CycleType = Exclude<ReviewType, 'project'>;
type Trigger = ScheduleInput['triggers'][number];
/** A due review before it is compared with today. */
type Pending = Omit<DueReview, 'overdue' | 'daysOverdue'>;

/** A repeating review: its step is whole days or calendar months, always counted from the anchor. */
interface Cycle {
  type: CycleType;
  unit: 'days' | 'months';
  size: number;
  name: string;
  every: string;
}

const CHECK_INS: Record<CheckInCadence, Omit<Cycle, 'type'>> = {
  weekly: { unit: 'days', size: 7, name: 'Weekly check-in', every: 'week' },
  fortnightly: { unit: 'days', size: 14, name: 'Fortnightly check-in', every: 'two weeks' },
  monthly: { unit: 'months', size: 1, name: 'Monthly check-in', every: 'month' },
};

const QUARTERLY: Cycle = {
  type: 'quarterly',
  unit: 'months',
  size: 3,
  name: 'Quarterly refresh',
  every: 'three months',
};
const ANNUAL: Cycle = {
  type: 'annual',
  unit: 'months',
  size: 12,
  name: 'Annual reset',
  every: 'year',
};

/** Ties on the same date are listed in the order a learner meets these reviews. */
const TYPE_ORDER: Record<ReviewType, number> = { monthly: 0, quarterly: 1, project: 2, annual: 3 };

// Once an instant has become the learner's local date, due dates are plain calendar dates.
// Stepping them on a UTC calendar keeps a daylight-saving jump or a skipped local midnight
// from moving a date; the learner's zone only decides which date an instant falls on.
const CALENDAR = tz('UTC');

function calendarDay(date: string): Date {
  return parseISO(date, { in: CALENDAR });
}

function calendarDate(day: Date): string {
  return formatISO(day, { representation: 'date', in: CALENDAR });
}

// TZDate quietly turns an unknown zone into an Invalid Date; fail loudly instead, naming it.
function assertTimeZone(timeZone: string): void {
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) {
    throw new RangeError(`Unknown time zone: "${timeZone}"`);
  }
}

/** The learner's local calendar date for an instant, 'YYYY-MM-DD'. */
export function localDate(instant: Date | string, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (!isValid(date)) throw new RangeError(`Invalid instant: "${String(instant)}"`);
  const parts = Object.fromEntries(
    dayFormatter(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * One formatter per time zone, reused: history replays format thousands of instants, and
 * building an Intl formatter costs far more than using one.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    assertTimeZone(timeZone);
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The k-th due date (k ≥ 1), added to the anchor so a clamped month-end never drifts. */
function nthDueDate(anchor: string, cycle: Cycle, k: number): string {
  const duration: Duration =
    cycle.unit === 'days' ? { days: cycle.size * k } : { months: cycle.size * k };
  return calendarDate(add(calendarDay(anchor), duration, { in: CALENDAR }));
}

/** The first date in the cycle's series strictly after `after` (the first one when null). */
function nextDueDate(anchor: string, cycle: Cycle, after: string | null): string {
  if (after === null) return nthDueDate(anchor, cycle, 1);
  // Jump close to `after` instead of walking from the anchor: every step before this k lands
  // in an earlier month (or on an earlier day) than `after`, so it cannot be the answer.
  const elapsed =
    cycle.unit === 'days'
      ? differenceInCalendarDays(calendarDay(after), calendarDay(anchor))
      : differenceInCalendarMonths(calendarDay(after), calendarDay(anchor));
  let k = Math.max(1, Math.floor(elapsed / cycle.size));
  let due = nthDueDate(anchor, cycle, k);
  while (due <= after) {
    k += 1;
    due = nthDueDate(anchor, cycle, k);
  }
  return due;
}

function latestCompletion(reviews: ScheduleInput['reviews'], type: ReviewType): Date | null {
  const done = reviews.filter((r) => r.type === type).map((r) => new Date(r.completedAt));
  return done.length > 0 ? max(done) : null;
}

/** The earliest trigger for `type` raised after its latest review: no review has answered it yet. */
function openTrigger(input: ScheduleInput, type: ReviewType): Trigger | null {
  const answeredUntil = latestCompletion(input.reviews, type);
  const open = input.triggers.filter(
    (t) => t.review === type && (answeredUntil === null || new Date(t.raisedAt) > answeredUntil),
  );
  if (open.length === 0) return null;
  const earliest = min(open.map((t) => new Date(t.raisedAt))).getTime();
  return open.find((t) => new Date(t.raisedAt).getTime() === earliest) ?? null;
}

/** A trigger brings the review forward to the day it was raised, unless it is already due earlier. */
function withTrigger(scheduled: Pending, trigger: Trigger, timeZone: string): Pending {
  const raisedOn = localDate(trigger.raisedAt, timeZone);
  const said = `You said: ${trigger.label}`;
  if (raisedOn <= scheduled.dueOn) {
    return { ...scheduled, dueOn: raisedOn, reason: said, triggerId: trigger.id };
  }
  // Already overdue since before the trigger: keep the earlier date, but show what was said.
  return { ...scheduled, reason: `${scheduled.reason}. ${said}`, triggerId: trigger.id };
}

function cycleReview(input: ScheduleInput, cycle: Cycle, anchor: string): Pending {
  const lastDone = latestCompletion(input.reviews, cycle.type);
  const scheduled: Pending = {
    type: cycle.type,
    dueOn: nextDueDate(anchor, cycle, lastDone && localDate(lastDone, input.timeZone)),
    reason: `${cycle.name}, due every ${cycle.every} since you started on ${anchor}`,
    projectId: null,
    triggerId: null,
  };
  const trigger = openTrigger(input, cycle.type);
  return trigger ? withTrigger(scheduled, trigger, input.timeZone) : scheduled;
}

/** One retro per done project without one, due the day the project was marked done. */
function projectRetros(input: ScheduleInput): Pending[] {
  const reviewed = new Set(
    input.reviews.filter((r) => r.type === 'project').map((r) => r.projectId),
  );
  return input.doneProjects
    .filter((p) => !reviewed.has(p.id))
    .map((p) => ({
      type: 'project',
      dueOn: localDate(p.completedAt, input.timeZone),
      reason: `Project "${p.title}" is done`,
      projectId: p.id,
      triggerId: null,
    }));
}

// Project retros have no cycle to bring forward, so an open 'project' trigger stands alone.
function projectTriggerReview(input: ScheduleInput): Pending[] {
  const trigger = openTrigger(input, 'project');
  if (!trigger) return [];
  return [
    {
      type: 'project',
      dueOn: localDate(trigger.raisedAt, input.timeZone),
      reason: `You said: ${trigger.label}`,
      projectId: null,
      triggerId: trigger.id,
    },
  ];
}

function withLateness(review: Pending, today: string): DueReview {
  const daysOverdue = Math.max(
    0,
    differenceInCalendarDays(calendarDay(today), calendarDay(review.dueOn)),
  );
  return { ...review, overdue: daysOverdue > 0, daysOverdue };
}

/** Among reviews due now, the one that reshapes the most comes first: it covers the smaller ones. */
const SCOPE_ORDER: Record<ReviewType, number> = { annual: 0, quarterly: 1, project: 2, monthly: 3 };

/**
 * The most pressing review first. Reviews due now (today or overdue) come before upcoming ones;
 * among them, one the learner asked for ("revisit now") first, then the widest review (an annual
 * reset before a quarterly refresh before a retro before a check-in, since the wider one covers
 * the narrower), then the longest overdue. Upcoming reviews follow, soonest first.
 */
export function byPressure(a: DueReview, b: DueReview, today: string): number {
  const dueA = a.dueOn <= today;
  const dueB = b.dueOn <= today;
  if (dueA !== dueB) return dueA ? -1 : 1;
  if (dueA) {
    const askedA = a.triggerId !== null;
    const askedB = b.triggerId !== null;
    if (askedA !== askedB) return askedA ? -1 : 1;
    if (a.type !== b.type) return SCOPE_ORDER[a.type] - SCOPE_ORDER[b.type];
    return b.daysOverdue - a.daysOverdue;
  }
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type];
}

/** Every review that is due now or next, the most pressing first (see byPressure). */
export function dueReviews(input: ScheduleInput, now: Date): DueReview[] {
  const today = localDate(now, input.timeZone);
  const anchor = localDate(input.startedAt, input.timeZone);
  const cycles: Cycle[] = [{ type: 'monthly', ...CHECK_INS[input.cadence] }, QUARTERLY, ANNUAL];
  const pending = [
    ...cycles.map((cycle) => cycleReview(input, cycle, anchor)),
    ...projectRetros(input),
    ...projectTriggerReview(input),
  ];
  return pending
    .map((review) => withLateness(review, today))
    .sort((a, b) => byPressure(a, b, today));
}
