// The roadmaps module's surface: the catalog of loaded roadmaps, and a learner's view of one.

import type { ModuleDeps } from '../deps.js';
import { progressByTopic } from '../progress/service.js';
import type { User } from '../users/schemas.js';

export { DEFAULT_ROADMAP, RoadmapCatalog } from './catalog.js';

/** The learner's variant of a roadmap (their language and level) and their progress on it. */
export async function learnerState(
  deps: Pick<ModuleDeps, 'db' | 'catalog'>,
  learner: Pick<User, 'id' | 'language' | 'level'>,
  roadmapId: string,
) {
  const variant = deps.catalog.learnerVariant(roadmapId, learner.language, learner.level);
  return { variant, progress: await progressByTopic(deps, learner.id, roadmapId) };
}
