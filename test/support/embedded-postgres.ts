// PGlite (PostgreSQL compiled to WebAssembly) served over TCP as a throwaway test database.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tar of a freshly initialised PGlite data directory; see prepareTemplate. */
    pgliteTemplate: string;
  }
}

export interface EmbeddedPostgres {
  /** postgres://… for node-postgres; the server takes one connection at a time. */
  url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

function pgliteVersion(): string {
  const entry = require.resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Runs initdb once and keeps the result as a tar in the temporary directory, named for the PGlite
 * version. initdb took about five times as long as starting from its tar (15–28 s against 2–6 s on
 * a busy two-core machine), so each test database starts from a copy instead of its own initdb.
 */
export async function prepareTemplate(): Promise<string> {
  const file = path.join(os.tmpdir(), `waymark-pglite-${pgliteVersion()}-initdb.tar`);
  if (fs.existsSync(file)) return file;
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  const tarball = await db.dumpDataDir('none');
  await db.close();
  // Written aside and renamed, so a run that stops half-way never leaves a torn template.
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
  fs.renameSync(partial, file);
  return file;
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`embedded PostgreSQL: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** ReadyForQuery, status "I": the server waits for a command and no transaction is open. */
const READY_OUTSIDE_TRANSACTION = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);

/** How long a client must sit idle before it gives the session up to one that waits. */
const IDLE_GRACE_MS = 50;

interface Holder {
  client: net.Socket;
  /** When the client last became idle outside a transaction; undefined while it is busy. */
  idleSince: number | undefined;
}

/**
 * PGlite is a single PostgreSQL session. pglite-socket refuses a second client by default, and
 * with `maxConnections` above one it interleaves the clients' messages on that one session, so
 * they share its prepared statements, SET values and open transaction: two node-postgres clients
 * both preparing "waymark_0" fail. Even one client after another inherit each other's session.
 *
 * This relay gives the session to one client at a time, in arrival order, and resets it between
 * clients as a connection pooler does (roll back, DISCARD ALL). When a client waits and the one
 * holding the session has sat idle outside a transaction, the relay ends the idle one, as
 * PostgreSQL's idle_session_timeout would; a node-postgres pool drops that connection and opens
 * another when next asked. So a second look at the database (a test's own handle) works while an
 * app is up, but an app must use a pool of one connection (DATABASE_POOL_SIZE=1): with more, its
 * queries would wait for each other's connections instead of running together.
 */
class OneSessionRelay {
  private readonly waiting: net.Socket[] = [];
  private holder: Holder | undefined;
  private closed = false;
  private readonly relay = net.createServer((client) => {
    client.on('error', () => client.destroy());
    this.waiting.push(client);
    this.yieldIfIdle();
    void this.serveNext();
  });

  constructor(
    private readonly db: PGlite,
    private readonly engine: PGLiteSocketServer,
    private readonly enginePort: number,
  ) {}

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.relay.listen(0, '127.0.0.1', resolve));
    const address = this.relay.address();
    if (typeof address !== 'object' || !address) throw new Error('relay has no port');
    return address.port;
  }

  /** Ends the holder's connection when another client waits and the holder has been idle a while. */
  private yieldIfIdle(): void {
    const holder = this.holder;
    if (!holder || holder.idleSince === undefined || this.waiting.length === 0) return;
    const idleFor = Date.now() - holder.idleSince;
    if (idleFor < IDLE_GRACE_MS) {
      setTimeout(() => this.yieldIfIdle(), IDLE_GRACE_MS - idleFor).unref();
      return;
    }
    // end, not destroy: what was already written to it (the ReadyForQuery) is still delivered.
    holder.client.end();
    setTimeout(() => holder.client.destroy(), 1000).unref();
  }

  /** Waits until pglite-socket has let go of the last client, then clears what it left behind. */
  private async resetSession(): Promise<void> {
    await until(() => this.engine.getStats().activeConnections === 0, 'the last client to leave');
    if (this.db.isInTransaction()) await this.db.exec('rollback');
    await this.db.exec('discard all');
  }

  private async serveNext(): Promise<void> {
    if (this.holder || this.closed) return;
    const client = this.waiting.shift();
    if (!client) return;
    // A client that gave up while it waited has nothing left to serve.
    if (client.destroyed) return this.serveNext();
    const holder: Holder = { client, idleSince: undefined };
    this.holder = holder;
    let upstream: net.Socket | undefined;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      client.destroy();
      upstream?.destroy();
      this.holder = undefined;
      void this.serveNext();
    };
    client.on('close', end);
    try {
      // The reset comes first: pglite-socket turns away a client that arrives while it still
      // counts the last one.
      await this.resetSession();
      if (ended) return;
      upstream = net.connect(this.enginePort, '127.0.0.1');
      upstream.on('error', end);
      upstream.on('close', end);
      client.pipe(upstream).pipe(client);
      // Registered after pipe(), so each chunk has gone on to the client before it is looked at.
      let tail = Buffer.alloc(0);
      upstream.on('data', (chunk: Buffer) => {
        tail = Buffer.concat([tail, chunk]).subarray(-READY_OUTSIDE_TRANSACTION.length);
        if (tail.equals(READY_OUTSIDE_TRANSACTION)) {
          holder.idleSince = Date.now();
          this.yieldIfIdle();
        }
      });
      client.on('data', () => {
        holder.idleSince = undefined;
      });
    } catch {
      end();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const socket of [...this.waiting, this.holder?.client]) socket?.destroy();
    await new Promise<void>((resolve) => this.relay.close(() => resolve()));
  }
}

/** Starts a fresh embedded PostgreSQL from the template, listening on a free local port. */
export async function startEmbeddedPostgres(template: string): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(template)]) });
  const engine = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await engine.start();
  const enginePort = Number(engine.getServerConn().split(':').at(-1));
  const relay = new OneSessionRelay(db, engine, enginePort);
  const port = await relay.listen();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await relay.close();
      // pglite-socket rolls back a departed client's transaction after the fact; let it finish
      // before the database it talks to is closed.
      await until(() => engine.getStats().activeConnections === 0, 'the last client to leave');
      await engine.stop();
      await db.close();
    },
  };
}
