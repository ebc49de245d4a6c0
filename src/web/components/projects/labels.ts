// The words the projects page shows for a project's status and how it began.
import type { ProjectOrigin, ProjectStatus } from '../../api/projects';

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: 'Planned',
  building: 'Building',
  done: 'Done',
};

export const PROJECT_ORIGIN_LABELS: Record<ProjectOrigin, string> = {
  blank: 'From a blank project, designed by me',
  tutorial: 'Following a tutorial or course',
};
