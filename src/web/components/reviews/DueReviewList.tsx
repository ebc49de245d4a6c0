// The review cycles with their next due dates, the most pressing first, each with a link to start it.
import { Link } from 'react-router';
import { byPressure } from '../../../domain/schedule';
import type { DueReview } from '../../api/reviews';
import { formatCalendarDate } from './words';

export function startPath(due: Pick<DueReview, 'type' | 'projectId'>): string {
  const base = `/reviews/new/${due.type}`;
  return due.projectId ? `${base}?projectId=${encodeURIComponent(due.projectId)}` : base;
}

export function DueReviewList({
  due,
  today,
  reviewTitle,
  projectTitle,
}: {
  due: DueReview[];
  /** YYYY-MM-DD in the learner's time zone. */
  today: string;
  reviewTitle: (type: DueReview['type']) => string;
  projectTitle: (projectId: string) => string | undefined;
}) {
  return (
    <ul className="reviews-due">
      {/* The server sends them in this order; sorting again keeps it true after a local change. */}
      {[...due]
        .sort((a, b) => byPressure(a, b, today))
        .map((item) => {
          const title = reviewTitle(item.type);
          const project = item.projectId ? projectTitle(item.projectId) : undefined;
          const name = project ? `${title}: ${project}` : title;
          const dueNow = !item.overdue && item.dueOn <= today;
          const urgency = item.overdue ? ' reviews-overdue' : dueNow ? ' reviews-due-now' : '';
          return (
            <li
              key={`${item.type}-${item.projectId ?? ''}-${item.triggerId ?? ''}`}
              className={`reviews-due-item${urgency}`}
            >
              <div>
                <p className="reviews-due-title">{name}</p>
                <p className="reviews-due-when">
                  {item.overdue ? (
                    <strong>
                      Overdue by {item.daysOverdue} {item.daysOverdue === 1 ? 'day' : 'days'}
                    </strong>
                  ) : dueNow ? (
                    <strong>Due today</strong>
                  ) : (
                    <>Due {formatCalendarDate(item.dueOn)}</>
                  )}
                  <span className="muted"> · {item.reason}</span>
                </p>
              </div>
              <Link className="reviews-start" to={startPath(item)}>
                Start<span className="visually-hidden"> the {name}</span>
              </Link>
            </li>
          );
        })}
    </ul>
  );
}
