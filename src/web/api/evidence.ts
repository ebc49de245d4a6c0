// Evidence: the projects and links a learner attaches to a topic to show they applied it.
import type { Static } from 'typebox';
import type { EvidenceSchema, NewEvidenceSchema } from '../../server/modules/projects/schemas';
import { request } from './client';

export type Evidence = Static<typeof EvidenceSchema>;
export type NewEvidence = Static<typeof NewEvidenceSchema>;

export const evidenceApi = {
  /** The projects and URLs the learner linked to a topic as proof they applied it. */
  forTopic: (topicId: string) =>
    request<Evidence[]>('GET', `/me/evidence?topicId=${encodeURIComponent(topicId)}`),
  add: (evidence: NewEvidence) => request<Evidence>('POST', '/me/evidence', evidence),
  remove: (evidenceId: string) =>
    request<void>('DELETE', `/me/evidence/${encodeURIComponent(evidenceId)}`),
};
