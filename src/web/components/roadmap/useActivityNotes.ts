// Tells the coach what the learner looks for on the roadmap: a search once they stop typing, a
// column they filter to, a topic they open. Kept privately; the settings page shows and clears it.
import { useEffect, useRef } from 'react';
import { noteActivity } from '../../api/activity';
import type { TopicFilters } from './filters';

/** A search counts once the learner has paused this long: the words they settled on, not each keystroke. */
export const SEARCH_SETTLED_MS = 1500;
const SHORTEST_SEARCH = 2;
const LONGEST_SEARCH = 100;

export function useActivityNotes(filters: TopicFilters, openTopicId: string | null): void {
  useEffect(() => {
    if (openTopicId) noteActivity({ kind: 'topic', value: openTopicId });
  }, [openTopicId]);

  useEffect(() => {
    if (filters.column) noteActivity({ kind: 'column', value: filters.column });
  }, [filters.column]);

  const lastSearch = useRef('');
  useEffect(() => {
    const text = filters.query.trim().replace(/\s+/g, ' ').slice(0, LONGEST_SEARCH);
    if (text.length < SHORTEST_SEARCH || text === lastSearch.current) return;
    const timer = setTimeout(() => {
      lastSearch.current = text;
      noteActivity({ kind: 'search', value: text });
    }, SEARCH_SETTLED_MS);
    return () => clearTimeout(timer);
  }, [filters.query]);
}
