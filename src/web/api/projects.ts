// The learner's own projects: their types, from the projects module's schemas, and the calls that change them.
import type { Static } from 'typebox';
import type {
  NewProjectSchema,
  ProjectPatchSchema,
  ProjectSchema,
} from '../../server/modules/projects/schemas';
import { request } from './client';

export type Project = Static<typeof ProjectSchema>;
export type ProjectStatus = Project['status'];
export type ProjectOrigin = Project['origin'];
export type NewProject = Static<typeof NewProjectSchema>;
export type ProjectPatch = Static<typeof ProjectPatchSchema>;

export const projectsApi = {
  list: () => request<Project[]>('GET', '/me/projects'),
  create: (project: NewProject) => request<Project>('POST', '/me/projects', project),
  update: (projectId: string, patch: ProjectPatch) =>
    request<Project>('PATCH', `/me/projects/${encodeURIComponent(projectId)}`, patch),
  remove: (projectId: string) =>
    request<void>('DELETE', `/me/projects/${encodeURIComponent(projectId)}`),
};
