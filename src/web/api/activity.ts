// The learner's roadmap moves for their coach: recorded quietly as they search, filter and open
// topics; listed and cleared from the settings page.
import type { Static } from 'typebox';
import type { ActivitySchema, NewActivitySchema } from '../../server/modules/activity/schemas';
import { request } from './client';

export type Activity = Static<typeof ActivitySchema>;
type NewActivity = Static<typeof NewActivitySchema>;

export const activityApi = {
  list: () => request<Activity[]>('GET', '/me/activity'),
  forget: () => request<void>('DELETE', '/me/activity'),
};

/**
 * Records one move and forgets about it: the coach's reading of interest is a nicety, so a
 * failure (offline, over the hourly quota) must never disturb the page the learner is using.
 */
export function noteActivity(move: NewActivity): void {
  request<void>('POST', '/me/activity', move).catch(() => undefined);
}
