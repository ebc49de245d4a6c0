// What the learner-facing modules are given: the database, the loaded roadmaps and the clock.
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { RoadmapCatalog } from './roadmaps/catalog.js';

export interface ModuleDeps {
  db: Kysely<Database>;
  /** Runs writes that must happen together as one transaction (grouped commits on SQLite). */
  transact: DatabaseHandle['transact'];
  catalog: RoadmapCatalog;
  now: () => Date;
}
