// API calls and query keys of the dashboard and the one-page roadmap: the coach, due reviews, projects.
import { type Coach, type CoachAction, type OnePage, request } from './client';

export const coachKey = ['coach'] as const;
// Shared with the projects and reviews pages, so a change on either refreshes the other.
export { dueReviewsKey } from './projects-reviews';
export const onePageKey = ['one-page'] as const;

/**
 * The coach, due reviews and the one-page sheet are derived from everything the learner does on
 * other pages, which do not know these keys; so they refetch each time they are shown (the cached
 * answer is drawn first).
 */
export const DERIVED_STALE_TIME = 0;

/** The prefix the coach writes into an action's path; `request` adds it itself. */
const API_PREFIX = '/api/v1';

export const dashboardApi = {
  coach: () => request<Coach>('GET', '/me/coach'),
  onePage: () => request<OnePage>('GET', '/me/one-page'),
  /** Sends a coach action exactly as the server described it: one request. */
  applyAction: (action: CoachAction) => {
    if (!action.path.startsWith(`${API_PREFIX}/`)) {
      // The coach only ever points into its own API; anything else is not ours to send.
      return Promise.reject(new Error(`The action “${action.label}” has an unexpected address.`));
    }
    return request<unknown>(action.method, action.path.slice(API_PREFIX.length), action.body);
  },
};
