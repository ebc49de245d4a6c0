// History: the weekly counts as charts with tables, the roadmap's columns one by one, and every change.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { type HistoryStats, historyApi } from '../api/history';
import { queryKeys } from '../api/queryKeys';
import { useRoadmap } from '../api/roadmap';
import { ChangeList } from '../components/history/ChangeList';
import { ColumnProgress } from '../components/history/ColumnProgress';
import { StatusChart } from '../components/history/StatusChart';
import { LoadFailed, Notice } from '../components/Notice';
import { useCurrentUser } from '../session';
import '../styles/history.css';

/** True once any week counts a topic past "not started": before that there is nothing to chart. */
const hasProgress = (stats: HistoryStats) =>
  stats.weeks.some((week) =>
    Object.entries(week.overall).some(([status, count]) => status !== 'not_started' && count > 0),
  );

/** History: progress over time as charts (with tables of the same numbers) and the latest changes. */
export function HistoryPage() {
  const me = useCurrentUser();
  const stats = useQuery({ queryKey: queryKeys.history.stats, queryFn: historyApi.historyStats });
  // Titles of topics and columns come from the roadmap the other pages already cache.
  const roadmap = useRoadmap();

  const topicTitles = useMemo(
    () => new Map(roadmap.data?.topics.map((t) => [t.id, t.title]) ?? []),
    [roadmap.data],
  );
  const overallWeeks = useMemo(
    () => stats.data?.weeks.map((w) => ({ weekStart: w.weekStart, counts: w.overall })) ?? [],
    [stats.data],
  );
  const columns = useMemo(() => {
    if (roadmap.data) return roadmap.data.columns.map((c) => ({ id: c.id, title: c.title }));
    const ids = Object.keys(stats.data?.weeks.at(-1)?.columns ?? {});
    return ids.map((id) => ({ id, title: id }));
  }, [roadmap.data, stats.data]);

  return (
    <div className="history-page">
      <h1>History</h1>
      <p className="muted">
        How your topics moved week by week, and every change you made, so a review can look back at
        real progress rather than memory.
      </p>
      {stats.isPending ? (
        <Notice kind="loading">Loading your progress…</Notice>
      ) : stats.isError ? (
        <LoadFailed what="Your progress" error={stats.error} onRetry={() => stats.refetch()} />
      ) : !hasProgress(stats.data) ? (
        <Notice kind="empty">
          Nothing to chart yet. Mark a topic as learning on <Link to="/roadmap">your roadmap</Link>{' '}
          and your progress shows here from this week on.
        </Notice>
      ) : (
        <>
          <section aria-labelledby="history-overall-title">
            <h2 id="history-overall-title">Progress over time</h2>
            <StatusChart title="All topics" weeks={overallWeeks} />
          </section>
          <section aria-labelledby="history-columns-title">
            <h2 id="history-columns-title">By column</h2>
            {roadmap.isPending ? (
              <Notice kind="loading">Loading the columns…</Notice>
            ) : (
              <ColumnProgress weeks={stats.data.weeks} columns={columns} />
            )}
          </section>
        </>
      )}
      <section aria-labelledby="history-changes-title">
        <h2 id="history-changes-title">Latest changes</h2>
        <ChangeList topicTitles={topicTitles} timeZone={me.data?.timeZone} />
      </section>
    </div>
  );
}
