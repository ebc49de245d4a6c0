import net from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

describe.each(DIALECTS)('health checks on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  it('says the process is alive and the database ready, with a request id', async () => {
    const alive = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(alive.statusCode).toBe(200);
    expect(alive.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
    });
  });
});

/** A TCP relay to PostgreSQL that the test can cut, as a network failure would. */
class CuttableRelay {
  private server = net.createServer();
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = 0): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const POSTGRES = DIALECTS.filter((d) => d.name !== 'sqlite');

describe.each(POSTGRES)('readiness when PostgreSQL goes away on $name', (postgres) => {
  it('answers 503 while the database is unreachable and 200 once it is back', async () => {
    const database = await postgres.create();
    const direct = new URL(database.url);
    const relay = new CuttableRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
    await relay.open();
    const viaRelay = new URL(database.url);
    viaRelay.port = String(relay.port);

    const t = await startApp({
      ...postgres,
      create: async () => ({ ...database, url: viaRelay.toString() }),
    });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      await relay.cut();
      const down = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      await relay.open(relay.port);
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('compression', () => {
  it('sends large JSON gzipped when the client accepts it, and plain otherwise', async () => {
    const sqlite = DIALECTS[0];
    if (!sqlite) throw new Error('SQLite is always available');
    const t = await startApp(sqlite);
    try {
      const learner = await Learner.signUp(t.app);
      const zipped = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me/roadmaps/backend',
        headers: { cookie: learner.cookie, 'accept-encoding': 'gzip' },
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      const plain = await learner.request('GET', '/api/v1/me/roadmaps/backend');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(plain.json());
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

      const publicRoadmap = await t.app.inject({
        method: 'GET',
        url: '/api/v1/roadmaps/backend',
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(publicRoadmap.headers['content-encoding']).toBe('gzip');
      expect(
        JSON.parse(gunzipSync(publicRoadmap.rawPayload).toString()).topics.length,
      ).toBeGreaterThan(100);
      const etag = String(publicRoadmap.headers.etag);
      const again = await t.app.inject({
        method: 'GET',
        url: '/api/v1/roadmaps/backend',
        headers: { 'if-none-match': etag },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    } finally {
      await t.close();
    }
  });
});
