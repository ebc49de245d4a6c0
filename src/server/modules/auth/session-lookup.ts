// Finds the sessions of requests that arrive together with one query, not one query each.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findLiveSessionsWithUsers, type LiveSession } from './sessions.repo.js';

/** Token hashes per query: more than one turn of the event loop reads under load. */
const MAX_BATCH = 100;

interface Waiting {
  tokenHash: string;
  resolve(found: LiveSession | undefined): void;
  reject(error: unknown): void;
}

/**
 * Every signed-in request starts by finding its session, and on PostgreSQL each lookup is a
 * round trip. Under load, many requests are read from their sockets in one turn of the event
 * loop; their lookups wait for the end of that turn and are answered by one query
 * (`token_hash IN (…)`). A request alone waits for nothing but the end of its own turn.
 */
export class SessionLookup {
  private waiting: Waiting[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  /** The live session with this token hash and its user, or undefined. */
  find(tokenHash: string): Promise<LiveSession | undefined> {
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ tokenHash, resolve, reject }) === 1) {
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    const parts: Waiting[][] = [];
    for (let i = 0; i < batch.length; i += MAX_BATCH) parts.push(batch.slice(i, i + MAX_BATCH));
    await Promise.all(parts.map((part) => this.answer(part)));
  }

  private async answer(part: Waiting[]): Promise<void> {
    try {
      const hashes = [...new Set(part.map((w) => w.tokenHash))];
      const found = await findLiveSessionsWithUsers(this.db, hashes, this.now().toISOString());
      for (const waiting of part) waiting.resolve(found.get(waiting.tokenHash));
    } catch (error) {
      for (const waiting of part) waiting.reject(error);
    }
  }
}
