import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../support/dialects.js';
import { HttpLearner, type ServerProcess, startServerProcess } from '../support/server-process.js';

const STATUSES = ['learning', 'theoretical', 'fragile', 'comfortable'] as const;

/**
 * Each test starts a server process through tsx, which compiles the server as it loads: seconds
 * on an idle machine, twenty on a busy two-core one. The limit is for a hung test, not a speed goal.
 */
const PROCESS_TEST_MS = 120_000;

describe.each(DIALECTS)(
  'a server killed with SIGKILL on $name',
  { timeout: PROCESS_TEST_MS },
  (dialect) => {
    let database: TestDatabase | undefined;
    let server: ServerProcess | undefined;
    afterAll(async () => {
      await server?.stop('SIGKILL');
      await database?.drop();
    });

    it('keeps every write it acknowledged before it died', async () => {
      database = await dialect.create();
      server = await startServerProcess({ DATABASE_URL: database.url, ...database.env });
      const email = `durable-${Date.now()}@example.test`;
      const password = 'a write that must survive';
      const learner = await HttpLearner.signUp(server.url, email, password);

      const roadmap = (await (await learner.send('GET', '/api/v1/me/roadmaps/backend')).json()) as {
        topics: { id: string }[];
      };
      const topics = roadmap.topics.slice(0, 40).map((t) => t.id);
      const acknowledged = new Map<string, string>();
      for (const [i, topicId] of topics.entries()) {
        const status = STATUSES[i % STATUSES.length] ?? 'learning';
        const response = await learner.send('PUT', `/api/v1/me/progress/${topicId}`, {
          status,
          note: `note ${i}`,
        });
        expect(response.status).toBe(200);
        acknowledged.set(topicId, status);
      }

      // No goodbye: the process gets no chance to flush or close anything.
      expect(await server.stop('SIGKILL')).toBeNull();

      server = await startServerProcess({ DATABASE_URL: database.url, ...database.env });
      const again = await HttpLearner.logIn(server.url, email, password);
      const after = (await (await again.send('GET', '/api/v1/me/roadmaps/backend')).json()) as {
        topics: { id: string; progress: { status: string } }[];
      };
      const survived = new Map(
        after.topics.filter((t) => acknowledged.has(t.id)).map((t) => [t.id, t.progress.status]),
      );
      expect(survived).toEqual(acknowledged);
      const history = (await (await again.send('GET', '/api/v1/me/history?limit=200')).json()) as {
        items: unknown[];
      };
      expect(history.items).toHaveLength(acknowledged.size);
    });

    it('exits cleanly on SIGTERM, closing the database', async () => {
      database ??= await dialect.create();
      await server?.stop('SIGKILL');
      server = await startServerProcess({ DATABASE_URL: database.url, ...database.env });
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect(await server.stop('SIGTERM')).toBe(0);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    });
  },
);
