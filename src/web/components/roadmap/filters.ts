// The roadmap filters: read from and written to the URL query string, and applied to the topics.
import { BUCKETS, type Bucket, STATUSES, type Status } from '../../../domain/vocabulary';
import type { LearnerTopic } from '../../api/roadmap';

export interface TopicFilters {
  bucket: Bucket | null;
  status: Status | null;
  column: string | null;
  query: string;
}

/** Query-string names; short, since a learner may share the link. */
const PARAM = { bucket: 'bucket', status: 'status', column: 'column', query: 'q' } as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/** Unknown values (an old or hand-edited link) are ignored rather than matching nothing. */
export function filtersFromParams(params: URLSearchParams, columnIds: string[]): TopicFilters {
  return {
    bucket: oneOf(BUCKETS, params.get(PARAM.bucket)),
    status: oneOf(STATUSES, params.get(PARAM.status)),
    column: oneOf(columnIds, params.get(PARAM.column)),
    query: params.get(PARAM.query) ?? '',
  };
}

/** A copy of the params with one filter changed; an empty value removes it from the URL. */
export function withFilter(
  params: URLSearchParams,
  name: keyof TopicFilters,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(PARAM[name]);
  else next.set(PARAM[name], value);
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(PARAM)) next.delete(name);
  return next;
}

export function hasFilters(filters: TopicFilters): boolean {
  return Boolean(filters.bucket || filters.status || filters.column || filters.query.trim());
}

/** The text a search looks in, lower-cased once per topic rather than on every keystroke. */
export function searchText(topic: LearnerTopic): string {
  return [topic.title, ...topic.aliases, topic.summary].join('\n').toLowerCase();
}

/** Every word of the query must appear, so "sql join" finds "SQL joins". */
export function matchesFilters(
  topic: LearnerTopic,
  text: string,
  filters: TopicFilters,
  words: string[],
): boolean {
  if (filters.bucket && topic.bucket !== filters.bucket) return false;
  if (filters.status && topic.progress.status !== filters.status) return false;
  if (filters.column && topic.columnId !== filters.column) return false;
  return words.every((word) => text.includes(word));
}

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}
