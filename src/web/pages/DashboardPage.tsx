// The dashboard, the first page after logging in: focus, due reviews, next steps, the coach, progress.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId } from 'react';
import { coachApi, DERIVED_STALE_TIME } from '../api/coach';
import { queryKeys } from '../api/queryKeys';
import { reviewsApi } from '../api/reviews';
import { useRoadmapSummary } from '../api/roadmap';
import { CoachFindings } from '../components/dashboard/CoachFindings';
import { ColumnProgress } from '../components/dashboard/ColumnProgress';
import { CurrentFocus } from '../components/dashboard/CurrentFocus';
import { DueReviews } from '../components/dashboard/DueReviews';
import { NextSteps } from '../components/dashboard/NextSteps';
import { QueryState } from '../components/QueryState';
import { useCurrentUser } from '../session';
import '../styles/dashboard.css';

/** A benchmark reads this mark: the first time the dashboard has drawn its data. */
const READY_MARK = 'dashboard-ready';
let readyMarked = false;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** The first page after logging in: focus, due reviews, next steps, the coach, and progress. */
export function DashboardPage() {
  const me = useCurrentUser();
  const coach = useQuery({
    queryKey: queryKeys.coach,
    queryFn: coachApi.coach,
    staleTime: DERIVED_STALE_TIME,
  });
  const due = useQuery({
    queryKey: queryKeys.reviews.due,
    queryFn: reviewsApi.due,
    staleTime: DERIVED_STALE_TIME,
  });
  // Counts only: the bars need a few hundred bytes, not the whole roadmap.
  const summary = useRoadmapSummary();

  const settled = !coach.isPending && !due.isPending && !summary.isPending;
  useEffect(() => {
    // Effects run after the commit, so the data is on screen; mark once per page load.
    if (settled && !readyMarked) {
      readyMarked = true;
      performance.mark(READY_MARK);
    }
  }, [settled]);

  const name = me.data?.displayName;
  return (
    <div className="dashboard">
      <h1>Dashboard</h1>
      {name && <p className="muted">Welcome back, {name}.</p>}
      <Section title="Current focus">
        <QueryState query={coach} loading="Loading your focus…" failed="Your focus">
          {(data) => <CurrentFocus focus={data.nextSteps.focus} />}
        </QueryState>
      </Section>
      <Section title="Reviews due">
        <QueryState query={due} loading="Loading your reviews…" failed="Your reviews">
          {(reviews) => <DueReviews reviews={reviews} timeZone={me.data?.timeZone ?? 'UTC'} />}
        </QueryState>
      </Section>
      <Section title="Next steps">
        <QueryState query={coach} loading="Loading your next steps…" failed="Your next steps">
          {(data) => <NextSteps steps={data.nextSteps} />}
        </QueryState>
      </Section>
      <Section title="What the coach noticed">
        <QueryState query={coach} loading="Loading the coach…" failed="The coach's findings">
          {(data) => <CoachFindings findings={data.findings} />}
        </QueryState>
      </Section>
      <Section title="Progress by column">
        <QueryState query={summary} loading="Loading your progress…" failed="Your progress">
          {(data) => <ColumnProgress summary={data} />}
        </QueryState>
      </Section>
    </div>
  );
}
