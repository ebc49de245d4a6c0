// The learner's history: every status change, a page at a time, and the weekly counts per status.
import type { Static } from 'typebox';
import type { HistoryStatsSchema } from '../../server/modules/coach/schemas';
import type { HistoryPageSchema } from '../../server/modules/progress/schemas';
import { request } from './client';

export type HistoryPage = Static<typeof HistoryPageSchema>;
export type HistoryChange = HistoryPage['items'][number];
export type HistoryStats = Static<typeof HistoryStatsSchema>;
export type HistoryWeek = HistoryStats['weeks'][number];

/** How many changes one page of history holds. */
const PAGE_SIZE = 25;

export const historyApi = {
  historyStats: () => request<HistoryStats>('GET', '/me/stats/history'),
  history: (cursor?: string | null) =>
    request<HistoryPage>(
      'GET',
      `/me/history?limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    ),
};
