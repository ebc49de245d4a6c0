// Job postings: analysing one for the roadmap skills it names, the saved ones, and demand per skill.
import type { Static } from 'typebox';
import type {
  NewPostingSchema,
  PostingSchema,
  PostingSummarySchema,
  SkillDemandSchema,
} from '../../server/modules/postings/schemas';
import { request } from './client';

export type Posting = Static<typeof PostingSchema>;
export type FoundSkill = Posting['skills'][number];
export type PostingSummary = Static<typeof PostingSummarySchema>;
export type SkillDemand = Static<typeof SkillDemandSchema>;
type NewPosting = Static<typeof NewPostingSchema>;

export const postingsApi = {
  analyse: (posting: NewPosting) => request<Posting>('POST', '/me/postings', posting),
  list: () => request<PostingSummary[]>('GET', '/me/postings'),
  one: (postingId: string) =>
    request<Posting>('GET', `/me/postings/${encodeURIComponent(postingId)}`),
  remove: (postingId: string) =>
    request<void>('DELETE', `/me/postings/${encodeURIComponent(postingId)}`),
  skillDemand: () => request<SkillDemand[]>('GET', '/me/postings/skills'),
};
