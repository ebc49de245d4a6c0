import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

const sqlite = DIALECTS[0];

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!sqlite) throw new Error('SQLite is always available');
    t = await startApp(sqlite);
  });
  afterAll(() => t?.close());

  it('passes a standard OpenAPI validator', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toMatch(/^3\.1/);
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
  });

  it('lists every API route the server has', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = new Set<string>();
    for (const [path, item] of Object.entries<Record<string, unknown>>(document.paths)) {
      for (const method of Object.keys(item)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const expected = [
      'POST /api/v1/auth/register',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'GET /api/v1/auth/csrf',
      'GET /api/v1/auth/session',
      'GET /api/v1/me',
      'PATCH /api/v1/me',
      'GET /api/v1/me/sessions',
      'POST /api/v1/me/password',
      'DELETE /api/v1/me/sessions/{sessionId}',
      'GET /api/v1/roadmaps',
      'GET /api/v1/roadmaps/{roadmapId}',
      'GET /api/v1/me/roadmaps/{roadmapId}',
      'PUT /api/v1/me/progress/{topicId}',
      'GET /api/v1/me/history',
      'GET /api/v1/me/projects',
      'POST /api/v1/me/projects',
      'GET /api/v1/me/projects/{projectId}',
      'PATCH /api/v1/me/projects/{projectId}',
      'DELETE /api/v1/me/projects/{projectId}',
      'GET /api/v1/me/evidence',
      'POST /api/v1/me/evidence',
      'DELETE /api/v1/me/evidence/{evidenceId}',
      'GET /api/v1/me/reviews',
      'POST /api/v1/me/reviews',
      'GET /api/v1/me/reviews/due',
      'POST /api/v1/me/reviews/triggers',
      'POST /api/v1/me/postings',
      'GET /api/v1/me/postings',
      'GET /api/v1/me/postings/skills',
      'GET /api/v1/me/postings/{postingId}',
      'DELETE /api/v1/me/postings/{postingId}',
      'GET /api/v1/me/coach',
      'GET /api/v1/me/one-page',
      'GET /api/v1/me/stats/history',
      'GET /healthz',
      'GET /readyz',
    ];
    for (const route of expected) expect(documented, route).toContain(route);
    const registered = registeredApiRoutes(t);
    expect(registered).toEqual(expect.arrayContaining(expected));
    expect(registered.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('names every operation once, in camelCase, as a generated client would call it', async () => {
    const operations = documentedOperations(await documentOf(t));
    const missing = operations.filter((o) => o.operationId === undefined).map((o) => o.route);
    expect(missing, 'operations without an operationId').toEqual([]);
    const notCamelCase = operations.filter((o) => !/^[a-z][a-zA-Z0-9]*$/.test(o.operationId ?? ''));
    expect(notCamelCase.map((o) => `${o.route} → ${o.operationId}`)).toEqual([]);
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const { route, operationId = '' } of operations) {
      const first = seen.get(operationId);
      if (first) shared.push(`${operationId}: ${first} and ${route}`);
      else seen.set(operationId, route);
    }
    expect(shared, 'operationIds used twice').toEqual([]);
  });

  it('declares security on every operation: none for public ones, the session cookie otherwise', async () => {
    const operations = documentedOperations(await documentOf(t));
    const undeclared = operations.filter((o) => o.security === undefined).map((o) => o.route);
    expect(undeclared, 'operations that declare no security').toEqual([]);
    const declaredPublic = operations.filter((o) => o.security?.length === 0).map((o) => o.route);
    expect(declaredPublic.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
    for (const { route, security } of operations) {
      if (security?.length) expect(security, route).toEqual([{ sessionCookie: [] }]);
    }
  });

  it('answers 401 without a session exactly where the document asks for one', async () => {
    const wrong: string[] = [];
    for (const { route, method, path, security } of documentedOperations(await documentOf(t))) {
      const url = path.replace(/\{\w+\}/g, 'placeholder');
      const response = await t.app.inject({ method, url });
      const documentedSignedIn = (security?.length ?? 0) > 0;
      if ((response.statusCode === 401) !== documentedSignedIn) {
        wrong.push(
          `${route}: ${response.statusCode}, documented ${documentedSignedIn ? 'signed-in' : 'public'}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names PUBLIC_URL as its server', async () => {
    const document = await documentOf(t);
    expect(document.servers).toEqual([expect.objectContaining({ url: ORIGIN })]);
  });

  it('serves browsable docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});

/** What anyone may call without signing in; every other operation needs the session cookie. */
const PUBLIC_OPERATIONS = [
  'GET /healthz',
  'GET /readyz',
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/login',
  'GET /api/v1/auth/session',
  'GET /api/v1/roadmaps',
  'GET /api/v1/roadmaps/{roadmapId}',
  'GET /api/v1/roadmaps/{roadmapId}/learner-content',
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface DocumentedOperation {
  route: string;
  method: Uppercase<(typeof HTTP_METHODS)[number]>;
  path: string;
  operationId?: string;
  security?: Record<string, string[]>[];
}

async function documentOf(t: TestApp) {
  return (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
}

function documentedOperations(document: {
  paths: Record<string, Record<string, Omit<DocumentedOperation, 'route' | 'method' | 'path'>>>;
}): DocumentedOperation[] {
  const operations: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const upper = method.toUpperCase() as DocumentedOperation['method'];
      operations.push({ ...operation, route: `${upper} ${path}`, method: upper, path });
    }
  }
  return operations;
}

/**
 * Every method and path registered under /api/v1 or the health checks, read from Fastify's
 * route tree (each line: indentation, a path segment, its methods) and written as OpenAPI does.
 */
function registeredApiRoutes(t: TestApp): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+) \(([^)]+)\)/.exec(line);
    if (!match) continue;
    const [, indent = '', segment = '', methods = ''] = match;
    const depth = indent.length / 4;
    stack.length = depth;
    stack.push(segment);
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    if (!/^\/(api\/v1\/|healthz|readyz)/.test(path)) continue;
    for (const method of methods.split(', '))
      if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes;
}
