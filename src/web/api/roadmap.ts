// API calls the roadmap page needs beyond the shared client: evidence links and the learner's projects.
import { type Evidence, request } from './client';

export interface NewEvidence {
  topicId: string;
  projectId?: string;
  url?: string;
  note?: string;
}

export const evidenceKey = (topicId: string) => ['evidence', topicId] as const;
// Under 'projects' so a page that invalidates the learner's projects refreshes this list too.
export { projectsKey as myProjectsKey } from './projects-reviews';

export const roadmapApi = {
  /** The projects and URLs the learner linked to a topic as proof they applied it. */
  evidence: (topicId: string) =>
    request<Evidence[]>('GET', `/me/evidence?topicId=${encodeURIComponent(topicId)}`),
  addEvidence: (evidence: NewEvidence) => request<Evidence>('POST', '/me/evidence', evidence),
  removeEvidence: (evidenceId: string) =>
    request<void>('DELETE', `/me/evidence/${encodeURIComponent(evidenceId)}`),
};
