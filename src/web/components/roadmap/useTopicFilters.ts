// The filter state, kept in the URL query string so a reload or a shared link shows the same list.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { LearnerRoadmap, LearnerTopic } from '../../api/roadmap';
import {
  filtersFromParams,
  matchesFilters,
  queryWords,
  searchText,
  type TopicFilters,
  withFilter,
  withoutFilters,
} from './filters';

// Topic objects are replaced when their progress changes, so this never serves stale text.
const textCache = new WeakMap<LearnerTopic, string>();
function cachedSearchText(topic: LearnerTopic): string {
  let text = textCache.get(topic);
  if (text === undefined) {
    text = searchText(topic);
    textCache.set(topic, text);
  }
  return text;
}

const OPEN_TOPIC = 'topic';

export function useTopicFilters(roadmap: LearnerRoadmap) {
  const [params, setSearchParams] = useSearchParams();
  // react-router hands out a new setter whenever the URL changes; the callbacks below go to
  // every memoised card, so they read the latest setter through a ref and stay the same.
  const setterRef = useRef(setSearchParams);
  useLayoutEffect(() => {
    setterRef.current = setSearchParams;
  });
  const setParams: typeof setSearchParams = useCallback(
    (next, options) => setterRef.current(next, options),
    [],
  );
  const columnIds = useMemo(() => roadmap.columns.map((c) => c.id), [roadmap.columns]);
  const filters = useMemo(() => filtersFromParams(params, columnIds), [params, columnIds]);

  const shown = useMemo(() => {
    const words = queryWords(filters.query);
    return roadmap.topics.filter((t) => matchesFilters(t, cachedSearchText(t), filters, words));
  }, [roadmap.topics, filters]);

  // Replace, not push: each keystroke in the search box should not become a Back step.
  const setFilter = useCallback(
    (name: keyof TopicFilters, value: string) =>
      setParams((current) => withFilter(current, name, value), { replace: true }),
    [setParams],
  );
  const clearFilters = useCallback(
    () => setParams((current) => withoutFilters(current), { replace: true }),
    [setParams],
  );

  const openTopicId = params.get(OPEN_TOPIC);
  const setOpenTopic = useCallback(
    (topicId: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (topicId) next.set(OPEN_TOPIC, topicId);
          else next.delete(OPEN_TOPIC);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filters, shown, setFilter, clearFilters, openTopicId, setOpenTopic };
}
