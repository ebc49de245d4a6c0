// The words the projects page shows for a project's status.
import type { ProjectStatus } from '../../api/projects';

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: 'Planned',
  building: 'Building',
  done: 'Done',
};
