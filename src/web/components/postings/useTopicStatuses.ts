import { useQuery } from '@tanstack/react-query';
import type { Status } from '../../../domain/vocabulary';
import { api } from '../../api/client';
import { ROADMAP_ID, roadmapKey } from '../../api/keys';

/** The learner's status per topic id, from the same cached roadmap the roadmap page shows. */
export function useTopicStatuses() {
  return useQuery({
    queryKey: roadmapKey(ROADMAP_ID),
    queryFn: () => api.myRoadmap(ROADMAP_ID),
    select: (roadmap) =>
      new Map<string, Status>(roadmap.topics.map((t) => [t.id, t.progress.status])),
  });
}
