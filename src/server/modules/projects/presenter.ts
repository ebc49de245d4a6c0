// Project and evidence rows as the API shows them.
import type { EvidenceRow } from '../../db/schema.js';
import type { ProjectWithTopics } from './repo.js';
import type { Evidence, Project } from './schemas.js';

export function presentProject(row: ProjectWithTopics): Project {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    repoUrl: row.repo_url,
    deployedUrl: row.deployed_url,
    status: row.status,
    productionLike: row.production_like === 1,
    origin: row.origin,
    language: row.language,
    catalogueId: row.catalogue_id,
    topicIds: row.topicIds,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    topicId: row.topic_id,
    projectId: row.project_id,
    url: row.url,
    note: row.note,
    createdAt: row.created_at,
  };
}
