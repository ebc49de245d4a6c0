// What every module's service is given: the database, the loaded roadmaps, the clock, the
// counter behind per-learner quotas and the posting analyser's threads. Every service function
// takes them first: `(deps, userId, input)`.
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { AttemptCounter } from './auth/service.js';
import type { PostingAnalyser } from './postings/service.js';
import type { RoadmapCatalog } from './roadmaps/service.js';

export interface ModuleDeps {
  db: Kysely<Database>;
  /** Runs writes that must happen together as one transaction (grouped commits on SQLite). */
  transact: DatabaseHandle['transact'];
  catalog: RoadmapCatalog;
  now: () => Date;
  /** Counts uses against USER_QUOTAS: in memory, or in Redis shared by every instance. */
  quotas: AttemptCounter;
  /** Finds a roadmap's skills in a posting, off the event loop when the posting is long. */
  analyser: PostingAnalyser;
}

/** The same dependencies with every query sent inside the transaction `trx`. */
export function inTransaction(deps: ModuleDeps, trx: Kysely<Database>): ModuleDeps {
  return { ...deps, db: trx };
}
