// The filter bar: bucket, status, column and a search box, combined, with the count they let through.
import { useId, useState } from 'react';
import { BUCKETS, STATUSES } from '../../../domain/vocabulary';
import { BUCKET_LABELS, STATUS_SHORT_LABELS } from '../../labels';
import { hasFilters, type TopicFilters } from './filters';

interface RoadmapFiltersProps {
  filters: TopicFilters;
  columns: { id: string; title: string }[];
  shown: number;
  total: number;
  onChange: (name: keyof TopicFilters, value: string) => void;
  onClear: () => void;
}

export function RoadmapFilters({
  filters,
  columns,
  shown,
  total,
  onChange,
  onClear,
}: RoadmapFiltersProps) {
  const id = useId();
  const ids = { query: `${id}-q`, bucket: `${id}-b`, status: `${id}-s`, column: `${id}-c` };
  const filtering = hasFilters(filters);

  // The box keeps its own text so typing never waits on the URL; a change of the URL from
  // elsewhere (Clear filters, Back) is copied in during render, the way React suggests.
  const [query, setQuery] = useState(filters.query);
  const [lastUrlQuery, setLastUrlQuery] = useState(filters.query);
  if (filters.query !== lastUrlQuery) {
    setLastUrlQuery(filters.query);
    setQuery(filters.query);
  }

  return (
    <search aria-label="Filter topics">
      <form className="roadmap-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="roadmap-field roadmap-field-search">
          <label htmlFor={ids.query}>Search</label>
          <input
            id={ids.query}
            type="search"
            placeholder="Title, alias or summary"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              onChange('query', e.target.value);
            }}
          />
        </div>
        <div className="roadmap-field">
          <label htmlFor={ids.bucket}>Bucket</label>
          <select
            id={ids.bucket}
            value={filters.bucket ?? ''}
            onChange={(e) => onChange('bucket', e.target.value)}
          >
            <option value="">Any bucket</option>
            {BUCKETS.map((bucket) => (
              <option key={bucket} value={bucket}>
                {BUCKET_LABELS[bucket]}
              </option>
            ))}
          </select>
        </div>
        <div className="roadmap-field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={filters.status ?? ''}
            onChange={(e) => onChange('status', e.target.value)}
          >
            <option value="">Any status</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_SHORT_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="roadmap-field">
          <label htmlFor={ids.column}>Column</label>
          <select
            id={ids.column}
            value={filters.column ?? ''}
            onChange={(e) => onChange('column', e.target.value)}
          >
            <option value="">Any column</option>
            {columns.map((column) => (
              <option key={column.id} value={column.id}>
                {column.title}
              </option>
            ))}
          </select>
        </div>
        <div className="roadmap-filter-summary">
          <p role="status" aria-live="polite" className="roadmap-count">
            {filtering ? `${shown} of ${total} topics match` : `All ${total} topics`}
          </p>
          {filtering && (
            <button type="button" className="button-quiet" onClick={onClear}>
              Clear filters
            </button>
          )}
        </div>
      </form>
    </search>
  );
}
