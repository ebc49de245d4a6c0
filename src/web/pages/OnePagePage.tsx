// The printable one-page roadmap: per column, what the learner knows, has built and practises next.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { coachApi, DERIVED_STALE_TIME } from '../api/coach';
import type { User } from '../api/me';
import { queryKeys } from '../api/queryKeys';
import { useRoadmapSummary } from '../api/roadmap';
import { Notice } from '../components/Notice';
import { OnePageColumn } from '../components/one-page/OnePageColumn';
import { QueryState } from '../components/QueryState';
import { useCurrentUser } from '../session';
import '../styles/one-page.css';

function learnerName(user: User): string {
  return user.displayName ? `${user.displayName} (${user.email})` : user.email;
}

function todayLong(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone }).format(new Date());
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date());
  }
}

/** The printable one-page roadmap: per column, what the learner knows, built and practises next. */
export function OnePagePage() {
  const me = useCurrentUser();
  const sheet = useQuery({
    queryKey: queryKeys.onePage,
    queryFn: coachApi.onePage,
    staleTime: DERIVED_STALE_TIME,
  });
  // Only the roadmap's title and version are shown here, so the small summary is enough.
  const roadmap = useRoadmapSummary();

  const user = me.data;
  const source = roadmap.data
    ? `${roadmap.data.title} roadmap, version ${roadmap.data.version}`
    : null;
  return (
    <article className="one-page">
      <header className="one-page-header">
        <div>
          <h1>One-page roadmap</h1>
          {user && (
            <p className="one-page-byline">
              {[learnerName(user), todayLong(user.timeZone), source].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
        <button type="button" className="button-primary no-print" onClick={() => window.print()}>
          Print
        </button>
      </header>
      <QueryState
        query={sheet}
        loading="Loading your one-page roadmap…"
        failed="Your one-page roadmap"
      >
        {(data) =>
          data.columns.length === 0 ? (
            <Notice kind="empty">Your roadmap has no columns to show.</Notice>
          ) : (
            <>
              {data.columns.every((c) => c.know.length === 0 && c.built.length === 0) && (
                <div className="no-print">
                  <Notice kind="empty">
                    Nothing known or built yet. Mark topics comfortable on your{' '}
                    <Link to="/roadmap">roadmap</Link> and link them to{' '}
                    <Link to="/projects">projects</Link> to fill this sheet.
                  </Notice>
                </div>
              )}
              <div className="one-page-columns">
                {data.columns.map((column) => (
                  <OnePageColumn key={column.id} column={column} />
                ))}
              </div>
            </>
          )
        }
      </QueryState>
    </article>
  );
}
