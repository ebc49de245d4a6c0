// A learner's projects and the evidence linking topics to them: create, change, finish, remove.
import { randomUUID } from 'node:crypto';
import type { ProjectStatus } from '../../../domain/vocabulary.js';
import type { EvidenceRow, ProjectRow } from '../../db/schema.js';
import { Invalid, NotFound } from '../../errors.js';
import type { ModuleDeps } from '../deps.js';
import type { RoadmapCatalog } from '../roadmaps/service.js';
import { presentEvidence, presentProject } from './presenter.js';
import {
  deleteEvidence,
  deleteProject,
  findProject,
  insertEvidence,
  insertProject,
  listEvidence,
  listProjects,
  lockProject,
  replaceProjectTopics,
  updateProject,
} from './repo.js';
import type { Evidence, NewEvidence, NewProject, Project, ProjectPatch } from './schemas.js';

function requireKnownTopics(catalog: RoadmapCatalog, topicIds: string[], path: string): void {
  const known = new Set(catalog.primary().topics.map((t) => t.id));
  const errors = topicIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, i }) => ({
      path: `${path}/${i}`,
      message: `is not a topic of the roadmap ("${id}")`,
    }));
  const [first] = errors;
  if (first) throw new Invalid(`${first.path} ${first.message}.`, errors);
}

/** When a project starts and finishes, from its status: set once, kept afterwards. */
function milestones(
  status: ProjectStatus,
  before: Pick<ProjectRow, 'started_at' | 'completed_at'>,
  now: string,
) {
  return {
    started_at: before.started_at ?? (status === 'planned' ? null : now),
    completed_at: status === 'done' ? (before.completed_at ?? now) : null,
  };
}

export async function createProject(
  deps: ModuleDeps,
  userId: string,
  input: NewProject,
): Promise<Project> {
  const idea = input.catalogueId
    ? deps.catalog.primary().projects.find((p) => p.id === input.catalogueId)
    : undefined;
  if (input.catalogueId && !idea) {
    throw new Invalid(`There is no practice project "${input.catalogueId}".`, [
      { path: '/body/catalogueId', message: 'is not a practice project of the roadmap' },
    ]);
  }
  const title = input.title ?? idea?.title;
  if (!title)
    throw new Invalid('A project needs a title.', [
      { path: '/body/title', message: 'is required' },
    ]);
  const topicIds = input.topicIds ?? idea?.topics ?? [];
  requireKnownTopics(deps.catalog, topicIds, '/body/topicIds');

  const now = deps.now().toISOString();
  const row: ProjectRow = {
    id: randomUUID(),
    user_id: userId,
    title,
    description: input.description ?? (idea ? idea.brief : null),
    repo_url: input.repoUrl ?? null,
    deployed_url: input.deployedUrl ?? null,
    status: input.status,
    production_like: input.productionLike ? 1 : 0,
    origin: input.origin ?? 'blank',
    language: input.language ?? null,
    catalogue_id: input.catalogueId ?? null,
    ...milestones(input.status, { started_at: null, completed_at: null }, now),
    created_at: now,
    updated_at: now,
  };
  await deps.transact(async (trx) => {
    await insertProject(trx, row);
    await replaceProjectTopics(trx, row.id, topicIds);
  });
  return presentProject({ ...row, topicIds: [...topicIds].sort() });
}

export async function getProject(deps: ModuleDeps, userId: string, id: string): Promise<Project> {
  const project = await findProject(deps.db, userId, id);
  if (!project) throw new NotFound('No such project.');
  return presentProject(project);
}

export async function myProjects(deps: ModuleDeps, userId: string): Promise<Project[]> {
  return (await listProjects(deps.db, userId)).map(presentProject);
}

export async function changeProject(
  deps: ModuleDeps,
  userId: string,
  id: string,
  patch: ProjectPatch,
): Promise<Project> {
  if (patch.topicIds) requireKnownTopics(deps.catalog, patch.topicIds, '/body/topicIds');
  return deps.transact(async (trx) => {
    const before = await lockProject(trx, userId, id);
    if (!before) throw new NotFound('No such project.');
    const now = deps.now().toISOString();
    await updateProject(trx, userId, id, {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.repoUrl !== undefined && { repo_url: patch.repoUrl }),
      ...(patch.deployedUrl !== undefined && { deployed_url: patch.deployedUrl }),
      ...(patch.productionLike !== undefined && { production_like: patch.productionLike ? 1 : 0 }),
      ...(patch.origin !== undefined && { origin: patch.origin }),
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.status !== undefined && {
        status: patch.status,
        ...milestones(patch.status, before, now),
      }),
      updated_at: now,
    });
    if (patch.topicIds) await replaceProjectTopics(trx, id, patch.topicIds);
    const after = await findProject(trx, userId, id);
    if (!after) throw new NotFound('No such project.');
    return presentProject(after);
  });
}

export async function removeProject(deps: ModuleDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteProject(deps.db, userId, id))) throw new NotFound('No such project.');
}

export async function addEvidence(
  deps: ModuleDeps,
  userId: string,
  input: NewEvidence,
): Promise<Evidence> {
  const roadmap = deps.catalog.primary();
  deps.catalog.topic(roadmap.id, input.topicId);
  if (Boolean(input.projectId) === Boolean(input.url)) {
    throw new Invalid('Evidence is either one of your projects or a URL.', [
      { path: '/body/projectId', message: 'give exactly one of projectId and url' },
    ]);
  }
  if (input.projectId && !(await findProject(deps.db, userId, input.projectId))) {
    throw new NotFound('No such project.');
  }
  const row: EvidenceRow = {
    id: randomUUID(),
    user_id: userId,
    roadmap_id: roadmap.id,
    topic_id: input.topicId,
    project_id: input.projectId ?? null,
    url: input.url ?? null,
    note: input.note ?? null,
    created_at: deps.now().toISOString(),
  };
  await insertEvidence(deps.db, row);
  return presentEvidence(row);
}

export async function myEvidence(
  deps: ModuleDeps,
  userId: string,
  topicId?: string,
): Promise<Evidence[]> {
  return (await listEvidence(deps.db, userId, topicId)).map(presentEvidence);
}

export async function removeEvidence(deps: ModuleDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteEvidence(deps.db, userId, id))) throw new NotFound('No such evidence.');
}
