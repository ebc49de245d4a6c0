// One completed review: when, which kind, the answers given and the plan changes they made.
import { useId } from 'react';
import type { Review } from '../../api/reviews';
import type { ReviewTemplate } from '../../api/roadmap';
import { type ChangeNames, describePastChanges } from './describeChanges';
import { formatMoment, REVIEW_TITLES } from './words';

export function PastReview({
  review,
  template,
  projectTitle,
  names,
  justSaved,
}: {
  review: Review;
  template: ReviewTemplate | undefined;
  projectTitle: string | undefined;
  names: ChangeNames;
  justSaved: boolean;
}) {
  const headingId = useId();
  const title = template?.title ?? REVIEW_TITLES[review.type];
  const changes = describePastChanges(review.changes, names);
  // Answers in the template's order; one whose question has since left the template still shows.
  const order = template?.questions.map((q) => q.id) ?? [];
  const answered = Object.entries(review.answers).sort(
    ([a], [b]) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999),
  );
  const prompt = (questionId: string) =>
    template?.questions.find((q) => q.id === questionId)?.prompt ?? questionId;

  return (
    <article
      className={justSaved ? 'reviews-past reviews-past-new' : 'reviews-past'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {title}
        {projectTitle && `: ${projectTitle}`}
      </h3>
      <p className="muted">
        <time dateTime={review.completedAt}>{formatMoment(review.completedAt)}</time>
        {justSaved && <strong className="reviews-saved-tag"> · Just saved</strong>}
      </p>
      {answered.length === 0 ? (
        <p className="muted">No answers were written.</p>
      ) : (
        <dl className="reviews-answers">
          {answered.map(([questionId, text]) => (
            <div key={questionId}>
              <dt>{prompt(questionId)}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
      <h4>Plan changes</h4>
      {changes.length === 0 ? (
        <p className="muted">None: this review only recorded answers.</p>
      ) : (
        <ul aria-label="Plan changes made">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
