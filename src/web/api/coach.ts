// The coach's findings and next steps, the one-page sheet, and sending an action a finding offers.
import type { Static } from 'typebox';
import type { CoachSchema, FindingSchema, OnePageSchema } from '../../server/modules/coach/schemas';
import { API_PREFIX, request } from './client';

export type Coach = Static<typeof CoachSchema>;
export type NextSteps = Coach['nextSteps'];
export type Finding = Static<typeof FindingSchema>;
export type CoachAction = Finding['actions'][number];
export type OnePage = Static<typeof OnePageSchema>;
export type OnePageColumn = OnePage['columns'][number];

/**
 * The coach, due reviews and the one-page sheet are derived from everything the learner does on
 * other pages, which do not know these keys; so they refetch each time they are shown (the cached
 * answer is drawn first).
 */
export const DERIVED_STALE_TIME = 0;

export const coachApi = {
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
