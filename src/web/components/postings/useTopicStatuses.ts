// The learner's status on each topic, for marking the skills a posting names.
import type { Status } from '../../../domain/vocabulary';
import { useRoadmap } from '../../api/roadmap';

/** The learner's status per topic id, from the same cached roadmap the roadmap page shows. */
export function useTopicStatuses() {
  return useRoadmap(
    (roadmap) => new Map<string, Status>(roadmap.topics.map((t) => [t.id, t.progress.status])),
  );
}
