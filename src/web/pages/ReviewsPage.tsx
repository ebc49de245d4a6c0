// Reviews: what is due (the most pressing first), starting any review, and the reviews already done.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { queryKeys } from '../api/queryKeys';
import { type ReviewType, reviewsApi } from '../api/reviews';

import { useRoadmap } from '../api/roadmap';
import { LoadFailed, Notice } from '../components/Notice';
import { useProjects } from '../components/projects/useProjects';
import { DueReviewList } from '../components/reviews/DueReviewList';
import { PastReview } from '../components/reviews/PastReview';
import { REVIEW_TITLES, todayIn } from '../components/reviews/words';
import { useCurrentUser } from '../session';
import '../styles/reviews.css';

const START_LINKS: Record<ReviewType, string> = {
  monthly: 'Start a monthly check-in',
  quarterly: 'Start a quarterly refresh',
  project: 'Start a project retro',
  annual: 'Start an annual reset',
};

export function ReviewsPage() {
  const location = useLocation();
  const savedReviewId = (location.state as { savedReviewId?: string } | null)?.savedReviewId;
  const savedNotice = useRef<HTMLDivElement>(null);
  const roadmap = useRoadmap();

  const due = useQuery({ queryKey: queryKeys.reviews.due, queryFn: reviewsApi.due });
  const past = useQuery({ queryKey: queryKeys.reviews.past, queryFn: reviewsApi.past });

  const projects = useProjects();
  const me = useCurrentUser();
  const queries = [roadmap, due, past, projects];
  const savedIsListed = Boolean(savedReviewId && past.data?.some((r) => r.id === savedReviewId));

  // Coming back from a saved review, the keyboard and screen reader start at the confirmation.
  useEffect(() => {
    if (savedIsListed) savedNotice.current?.focus();
  }, [savedIsListed]);

  if (queries.some((q) => q.isPending))
    return <Notice kind="loading">Loading your reviews…</Notice>;
  const failed = queries.find((q) => q.isError);
  if (failed || !roadmap.data || !due.data || !past.data || !projects.data) {
    return (
      <LoadFailed
        what="Your reviews"
        error={failed?.error}
        onRetry={() => {
          for (const query of queries) void query.refetch();
        }}
      />
    );
  }

  const templates = roadmap.data.reviewTemplates;
  const reviewTitle = (type: keyof typeof REVIEW_TITLES) =>
    templates.find((t) => t.id === type)?.title ?? REVIEW_TITLES[type];
  const projectTitles = new Map(projects.data.map((p) => [p.id, p.title]));
  const topicTitles = new Map(roadmap.data.topics.map((t) => [t.id, t.title]));
  const ideaTitles = new Map(roadmap.data.projects.map((p) => [p.id, p.title]));
  const names = {
    topic: (id: string) => topicTitles.get(id) ?? id,
    idea: (id: string) => ideaTitles.get(id) ?? id,
  };
  const saved = past.data.find((r) => r.id === savedReviewId);

  return (
    <article className="reviews-page">
      <h1>Reviews</h1>
      <p className="muted">
        Reviews keep the plan alive: each one records your answers and reshapes the plan with them.
      </p>
      {saved && (
        <div ref={savedNotice} tabIndex={-1} className="reviews-saved" role="status">
          Your {reviewTitle(saved.type).toLowerCase()} is saved, and its plan changes are applied.
          It is the first of your past reviews below.
        </div>
      )}

      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Due reviews</h2>
        {due.data.length === 0 ? (
          <Notice kind="empty">Nothing is due. Start a review below whenever you want one.</Notice>
        ) : (
          <DueReviewList
            due={due.data}
            today={todayIn(me.data?.timeZone)}
            reviewTitle={reviewTitle}
            projectTitle={(id) => projectTitles.get(id)}
          />
        )}
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start a review</h2>
        <ul className="reviews-start-links">
          {Object.entries(START_LINKS).map(([type, label]) => (
            <li key={type}>
              <Link to={`/reviews/new/${type}`}>{label}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="past-heading">
        <h2 id="past-heading">Past reviews</h2>
        {past.data.length === 0 ? (
          <Notice kind="empty">
            No reviews yet. Your first monthly check-in is a good place to start.
          </Notice>
        ) : (
          <ul className="reviews-past-list">
            {past.data.map((review) => (
              <li key={review.id}>
                <PastReview
                  review={review}
                  template={templates.find((t) => t.id === review.type)}
                  projectTitle={review.projectId ? projectTitles.get(review.projectId) : undefined}
                  names={names}
                  justSaved={review.id === savedReviewId}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
