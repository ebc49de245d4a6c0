// Words the dashboard shows for finding kinds and severities, and its date helpers.
import type { Finding } from '../../api/coach';

export const KIND_NAMES: Record<Finding['kind'], string> = {
  pitfall: 'Pitfalls',
  signal: 'Signals your plan needs revising',
  balance: 'Balance',
};

export const SEVERITY_NAMES: Record<Finding['severity'], string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Note',
};

/** Today's calendar date (YYYY-MM-DD) in the learner's time zone, as the server counts due dates. */
export function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  } catch {
    // An unknown zone should not break the page; the browser's own date is close enough.
    return new Intl.DateTimeFormat('en-CA').format(new Date());
  }
}

/** A YYYY-MM-DD date for reading, e.g. "25 Dec 2026", without shifting it through a time zone. */
export function readableDate(isoDate: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
