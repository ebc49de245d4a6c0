// The words reviews use for topics' buckets and statuses, review types and dates.
import type { Bucket, Status } from '../../../domain/vocabulary';
import type { ReviewType } from '../../api/reviews';
import { BUCKET_LABELS, REVIEW_TITLES, STATUS_LABELS, wordsOf } from '../../labels';

export const REVIEW_TYPES: readonly ReviewType[] = wordsOf(REVIEW_TITLES);

/** Used when the roadmap's templates have not loaded, and to check a type in a URL. */
export { REVIEW_TITLES } from '../../labels';

export const isReviewType = (value: string | undefined): value is ReviewType =>
  REVIEW_TYPES.some((type) => type === value);

/** Lower case, to sit inside a sentence: "Docker moves to essential now". */
const lowerCase = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(
    Object.entries<string>(labels).map(([k, v]) => [k, v.toLowerCase()]),
  ) as Record<K, string>;

export const BUCKET_WORDS: Record<Bucket, string> = lowerCase(BUCKET_LABELS);
export const STATUS_WORDS: Record<Status, string> = lowerCase(STATUS_LABELS);

/** A calendar date such as "2026-12-25", shown as the day it names wherever the reader is. */
export function formatCalendarDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
}

export function formatMoment(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'long' });
}

export const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** Today's calendar date (YYYY-MM-DD) where the learner lives, as the server counts due dates. */
export function todayIn(timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    // An unknown zone name: the browser's own day is the best guess left.
    return new Intl.DateTimeFormat('en-CA').format(new Date());
  }
}
