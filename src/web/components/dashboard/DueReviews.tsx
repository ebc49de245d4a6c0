// The dashboard's due reviews, the most pressing first, each linking to its form, and the next one coming.
import { useId } from 'react';
import { Link } from 'react-router';
import type { DueReview } from '../../api/reviews';
import { REVIEW_TITLES } from '../../labels';
import { Notice } from '../Notice';
import { readableDate, todayIn } from './labels';

/** Where a due review is filled in; a project retro names its project. */
function reviewFormPath(review: DueReview): string {
  const path = `/reviews/new/${review.type}`;
  return review.type === 'project' && review.projectId
    ? `${path}?projectId=${encodeURIComponent(review.projectId)}`
    : path;
}

function lateness(review: DueReview): string {
  if (!review.overdue) return 'Due today';
  return review.daysOverdue === 1 ? 'Overdue by 1 day' : `Overdue by ${review.daysOverdue} days`;
}

function DueItem({ review }: { review: DueReview }) {
  const reasonId = useId();
  return (
    <li className={review.overdue ? 'due-item due-overdue' : 'due-item'}>
      <Link to={reviewFormPath(review)} aria-describedby={reasonId}>
        {REVIEW_TITLES[review.type]}
      </Link>
      <span className={review.overdue ? 'due-badge due-badge-overdue' : 'due-badge'}>
        {lateness(review)}
      </span>
      <p id={reasonId} className="muted">
        {review.reason} · due {readableDate(review.dueOn)}
      </p>
    </li>
  );
}

/** Reviews due today or earlier, the most pressing first (the server sorts them), each linking to its form. */
export function DueReviews({ reviews, timeZone }: { reviews: DueReview[]; timeZone: string }) {
  const today = todayIn(timeZone);
  const due = reviews.filter((r) => r.overdue || r.dueOn <= today);
  const upcoming = reviews
    .filter((r) => !due.includes(r))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
  const next = upcoming[0];

  return (
    <>
      {due.length === 0 ? (
        <Notice kind="empty">
          Nothing due.
          {next && ` Next: ${REVIEW_TITLES[next.type]} on ${readableDate(next.dueOn)}.`}
        </Notice>
      ) : (
        <ul className="due-list">
          {due.map((review) => (
            <DueItem
              key={`${review.type}-${review.projectId ?? review.triggerId ?? review.dueOn}`}
              review={review}
            />
          ))}
        </ul>
      )}
      {due.length > 0 && next && (
        <p className="hint">
          Coming up: {REVIEW_TITLES[next.type]} on {readableDate(next.dueOn)}.
        </p>
      )}
    </>
  );
}
