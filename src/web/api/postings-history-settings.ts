import {
  type HistoryPage,
  type HistoryStats,
  type Posting,
  type PostingSummary,
  request,
  type Session,
  type SkillDemand,
} from './client';

export const postingsApi = {
  analysePosting: (text: string, title?: string) =>
    request<Posting>('POST', '/me/postings', title ? { text, title } : { text }),
  postings: () => request<PostingSummary[]>('GET', '/me/postings'),
  posting: (id: string) => request<Posting>('GET', `/me/postings/${encodeURIComponent(id)}`),
  deletePosting: (id: string) => request<void>('DELETE', `/me/postings/${encodeURIComponent(id)}`),
  skillDemand: () => request<SkillDemand[]>('GET', '/me/postings/skills'),
};

export const historyApi = {
  historyStats: () => request<HistoryStats>('GET', '/me/stats/history'),
  history: (cursor?: string | null) =>
    request<HistoryPage>(
      'GET',
      `/me/history?limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    ),
};

export const accountApi = {
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/me/password', { currentPassword, newPassword }),
  sessions: () => request<Session[]>('GET', '/me/sessions'),
  revokeSession: (id: string) => request<void>('DELETE', `/me/sessions/${encodeURIComponent(id)}`),
};

// Every posting query starts with 'postings', so one invalidation after a change refreshes them all.
export const postingKeys = {
  all: ['postings'] as const,
  list: ['postings', 'list'] as const,
  one: (id: string) => ['postings', 'one', id] as const,
  skills: ['postings', 'skills'] as const,
};

export const historyKeys = {
  all: ['history'] as const,
  stats: ['history', 'stats'] as const,
  changes: ['history', 'changes'] as const,
};

export const SESSIONS_KEY = ['sessions'] as const;
