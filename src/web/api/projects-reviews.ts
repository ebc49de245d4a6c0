// API calls and query keys of the projects and reviews pages, missing from client.ts.
import {
  type DueReview,
  type NewProject,
  type PlanChanges,
  type Project,
  type Review,
  type ReviewType,
  request,
} from './client';

export interface NewReview {
  type: ReviewType;
  projectId?: string;
  answers: Record<string, string>;
  changes: PlanChanges;
}

export type ProjectPatch = Partial<
  Pick<
    Project,
    'title' | 'description' | 'repoUrl' | 'deployedUrl' | 'status' | 'productionLike' | 'topicIds'
  >
>;

// The same keys the roadmap page and dashboard use, so a change here refreshes their views too.
export const projectsKey = ['projects', 'mine'] as const;
export const dueReviewsKey = ['reviews', 'due'] as const;
export const pastReviewsKey = ['reviews', 'past'] as const;

export const projectsApi = {
  projects: () => request<Project[]>('GET', '/me/projects'),
  createProject: (project: NewProject) => request<Project>('POST', '/me/projects', project),
  updateProject: (id: string, patch: ProjectPatch) =>
    request<Project>('PATCH', `/me/projects/${encodeURIComponent(id)}`, patch),
  deleteProject: (id: string) => request<void>('DELETE', `/me/projects/${encodeURIComponent(id)}`),
};

export const reviewsApi = {
  reviews: () => request<Review[]>('GET', '/me/reviews'),
  dueReviews: () => request<DueReview[]>('GET', '/me/reviews/due'),
  submitReview: (review: NewReview) => request<Review>('POST', '/me/reviews', review),
};
