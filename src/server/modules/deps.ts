// What the learner-facing modules are given: the database, the loaded roadmaps and the clock.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RoadmapCatalog } from './roadmaps/catalog.js';

export interface ModuleDeps {
  db: Kysely<Database>;
  catalog: RoadmapCatalog;
  now: () => Date;
}
