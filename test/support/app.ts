// Builds a real app on a fresh database for one test file, and a signed-in client for it.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { type AppOptions, buildApp } from '../../src/server/app.js';
import { type Config, loadConfig } from '../../src/server/config.js';
import { openServices, type ServiceOptions } from '../../src/server/services.js';
import { shippedContent } from './content.js';
import type { DialectUnderTest, TestDatabase } from './dialects.js';

export const ORIGIN = 'http://127.0.0.1:3000';

export { shippedContent } from './content.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** What `main` does before listening: the start-up work, then the app composed on it. */
export async function bootApp(
  config: Config,
  options: AppOptions & ServiceOptions = {},
): Promise<FastifyInstance> {
  const logger = pino({ level: config.logLevel });
  const services = await openServices(config, logger, options);
  return buildApp(config, services, { ...options, logger });
}

export async function startApp(
  dialect: DialectUnderTest,
  env: Record<string, string> = {},
  options: AppOptions & ServiceOptions = {},
): Promise<TestApp> {
  const database = await dialect.create();
  const config = loadConfig({
    DATABASE_URL: database.url,
    ...database.env,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: ORIGIN,
    ...env,
  });
  const app = await bootApp(config, {
    roadmaps: options.roadmaps ?? (await shippedContent()),
    ...options,
  });
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

let counter = 0;
let addresses = 0;
/** Addresses from 198.51.100.0/24 and 203.0.113.0/24, reserved for documentation; never contacted. */
function nextDocumentationAddress(): string {
  addresses += 1;
  return `${addresses % 2 ? '198.51.100' : '203.0.113'}.${(addresses >> 1) % 250}`;
}

export function uniqueEmail(label = 'learner'): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now()}-${counter}@example.test`;
}

export const GOOD_PASSWORD = 'a lantern by the river';

/** A learner with a session cookie and CSRF token, making requests as a browser would. */
export class Learner {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrf: string,
    readonly id: string,
    readonly email: string,
  ) {}

  static async signUp(app: FastifyInstance, email = uniqueEmail()): Promise<Learner> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      // Each learner signs up from an address of their own, as on the internet, so the
      // per-address sign-up limit does not stop a test file that creates many learners.
      remoteAddress: nextDocumentationAddress(),
      headers: { origin: ORIGIN },
      payload: { email, password: GOOD_PASSWORD },
    });
    if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
    const body = response.json();
    return new Learner(app, sessionCookie(response), body.csrfToken, body.user.id, email);
  }

  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
    return this.app.inject({
      method,
      url,
      headers: {
        cookie: this.cookie,
        origin: ORIGIN,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'waymark_session');
  if (!cookie) throw new Error('no session cookie was set');
  return `waymark_session=${cookie.value}`;
}
