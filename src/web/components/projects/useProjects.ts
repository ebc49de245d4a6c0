// The learner's projects as one shared query, and the changes that keep it, the dues and the coach in step.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type NewProject, type Project, type ProjectPatch, projectsApi } from '../../api/projects';
import { queryKeys } from '../../api/queryKeys';

const projectsKey = queryKeys.projects;

export function useProjects() {
  return useQuery({ queryKey: projectsKey, queryFn: projectsApi.list });
}

/**
 * A project feeds the coach, the one-page view and the review dates (a finished project makes
 * its retro due), so those are refetched; the roadmap's content and progress are not touched.
 */
function refreshWhatProjectsFeed(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] !== queryKeys.roadmaps[0] && query.queryKey[0] !== queryKeys.me[0],
  });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (project: NewProject) => projectsApi.create(project),
    onSuccess: (created) => {
      // Newest first, as the server lists them.
      queryClient.setQueryData<Project[]>(projectsKey, (list) => [created, ...(list ?? [])]);
      return refreshWhatProjectsFeed(queryClient);
    },
  });
}

export function useUpdateProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProjectPatch) => projectsApi.update(projectId, patch),
    onSuccess: (updated) => {
      queryClient.setQueryData<Project[]>(projectsKey, (list) =>
        list?.map((p) => (p.id === updated.id ? updated : p)),
      );
      return refreshWhatProjectsFeed(queryClient);
    },
  });
}

export function useDeleteProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => projectsApi.remove(projectId),

    onSuccess: () => {
      queryClient.setQueryData<Project[]>(projectsKey, (list) =>
        list?.filter((p) => p.id !== projectId),
      );
      return refreshWhatProjectsFeed(queryClient);
    },
  });
}
