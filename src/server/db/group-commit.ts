// Runs many small write transactions on SQLite as one commit, so they share one fsync.
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** A unit of writes that must happen together or not at all. */
export type Work<T> = (trx: Kysely<Database>) => Promise<T>;

interface Job {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * With `synchronous=FULL`, every SQLite commit waits for an fsync, which caps a server at a few
 * hundred commits a second however little each one writes. Writes that arrive together (in the
 * same turn of the event loop) are queued and committed in one transaction instead: each runs in
 * its own savepoint, so one that fails is undone alone, and every caller hears back only after
 * the shared COMMIT has reached the disk. An acknowledged write is as durable as before.
 *
 * Work must only talk to the database through the `trx` it is given, and must not start a
 * transaction of its own.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private flushing = false;

  constructor(
    private readonly db: Kysely<Database>,
    /** Bounds how long one commit holds the database and how much one failure can delay. */
    private readonly maxBatch = 200,
  ) {}

  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let every request already read from the sockets queue its work before committing.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.commit(batch);
        batch.forEach((job, i) => {
          const outcome = outcomes[i];
          if (outcome?.ok) job.resolve(outcome.value);
          else job.reject(outcome?.error);
        });
      } catch (error) {
        // The shared BEGIN or COMMIT failed: nothing of this batch was kept.
        for (const job of batch) job.reject(error);
      }
      // Writes queued while this batch committed go in the next one, without waiting a turn.
    }
    this.flushing = false;
  }

  private commit(batch: Job[]): Promise<Outcome[]> {
    return this.db.connection().execute(async (conn) => {
      // IMMEDIATE takes the write lock up front, so another process on the same file waits
      // (busy_timeout) instead of failing half way through with SQLITE_BUSY.
      await sql`begin immediate`.execute(conn);
      const outcomes: Outcome[] = [];
      try {
        for (const job of batch) outcomes.push(await runInSavepoint(conn, job.work));
        await sql`commit`.execute(conn);
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => {});
        throw error;
      }
      return outcomes;
    });
  }
}

async function runInSavepoint(conn: Kysely<Database>, work: Work<unknown>): Promise<Outcome> {
  await sql`savepoint job`.execute(conn);
  try {
    const value = await work(conn);
    await sql`release job`.execute(conn);
    return { ok: true, value };
  } catch (error) {
    await sql`rollback to job`.execute(conn);
    await sql`release job`.execute(conn);
    return { ok: false, error };
  }
}
