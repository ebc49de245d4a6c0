// Text no database can store faithfully (NUL, lone surrogates) is refused in every string field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner, ORIGIN, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

const POISONS = { NUL: 'before\u0000after', 'a lone surrogate': 'before\ud800after' };

function acceptsString(schema: JsonSchema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return (
    types.includes('string') ||
    [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(acceptsString)
  );
}

/** Every path to a string in a body schema, as [JSON pointer, a body holding `value` there]. */
function stringFields(schema: JsonSchema, value: string): [string, unknown][] {
  if (acceptsString(schema)) return [['', value]];
  const fields: [string, unknown][] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    for (const [path, inner] of stringFields(property, value)) {
      fields.push([`/${name}${path}`, { [name]: inner }]);
    }
  }
  if (typeof schema.additionalProperties === 'object') {
    for (const [path, inner] of stringFields(schema.additionalProperties, value)) {
      fields.push([`/any-key${path}`, { 'any-key': inner }]);
    }
  }
  if (schema.items) {
    for (const [path, inner] of stringFields(schema.items, value)) {
      fields.push([`/0${path}`, [inner]]);
    }
  }
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    fields.push(...stringFields(branch, value));
  }
  return fields;
}

/** Fills a documented path's parameters with plausible values. */
function concretePath(path: string): string {
  return path
    .replace('{topicId}', 'sql-basics')
    .replace('{roadmapId}', 'backend')
    .replace(/\{[A-Za-z]+\}/g, '00000000-0000-4000-8000-000000000000');
}

describe.each(DIALECTS)('unstorable text on $name', (dialect) => {
  let t: TestApp;
  let learner: Learner;
  beforeAll(async () => {
    t = await startApp(dialect);
    learner = await Learner.signUp(t.app);
  });
  afterAll(() => t?.close());

  it.each(Object.entries(POISONS))(
    'refuses %s in every string field of every request body, naming the field',
    async (_name, poison) => {
      const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      let checked = 0;
      for (const [path, item] of Object.entries<
        Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
      >(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const schema = operation.requestBody?.content['application/json']?.schema;
          if (!schema) continue;
          for (const [field, body] of stringFields(schema, poison)) {
            const response = await learner.request(
              method.toUpperCase() as 'POST',
              concretePath(path),
              body,
            );
            expect(response.statusCode, `${method} ${path} ${field}`).toBe(400);
            expect(response.json().errors).toContainEqual(
              expect.objectContaining({ path: `/body${field}` }),
            );
            checked += 1;
          }
        }
      }
      // Notes, titles, postings, names, answers, URLs, emails, passwords…: the API has many.
      expect(checked).toBeGreaterThanOrEqual(25);
    },
  );

  it('stores nothing of a write that carries bad text beside good fields', async () => {
    const fresh = await Learner.signUp(t.app);
    const writes: [string, string, object][] = [
      ['PUT', '/api/v1/me/progress/sql-basics', { status: 'fragile', note: POISONS.NUL }],
      [
        'POST',
        '/api/v1/me/projects',
        { title: `API ${POISONS['a lone surrogate']}`, status: 'planned' },
      ],
      ['POST', '/api/v1/me/postings', { text: `Backend engineer: SQL, Docker ${POISONS.NUL}` }],
      ['PATCH', '/api/v1/me', { displayName: POISONS.NUL, level: 'beginner' }],
      [
        'POST',
        '/api/v1/me/evidence',
        { topicId: 'sql-basics', url: 'https://example.org', note: POISONS.NUL },
      ],
      [
        'POST',
        '/api/v1/me/reviews',
        {
          type: 'monthly',
          answers: { built: POISONS['a lone surrogate'] },
          changes: { focusTopicId: 'sql-joins' },
        },
      ],
    ];
    for (const [method, url, body] of writes) {
      const response = await fresh.request(method as 'POST', url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const view = (await fresh.request('GET', '/api/v1/me/roadmaps/backend')).json();
    expect(view.topics.find((x: { id: string }) => x.id === 'sql-basics').progress.status).toBe(
      'not_started',
    );
    expect((await fresh.request('GET', '/api/v1/me/projects')).json()).toEqual([]);
    expect((await fresh.request('GET', '/api/v1/me/postings')).json()).toEqual([]);
    expect((await fresh.request('GET', '/api/v1/me')).json()).toMatchObject({
      displayName: null,
      level: null,
    });
    expect((await fresh.request('GET', '/api/v1/me/evidence')).json()).toEqual([]);
    expect((await fresh.request('GET', '/api/v1/me/reviews')).json()).toEqual([]);
    expect((await fresh.request('GET', '/api/v1/me/history')).json().items).toEqual([]);
  });

  it('refuses bad text in a query string or a path, and in sign-up and login', async () => {
    const history = await learner.request('GET', '/api/v1/me/history?cursor=%00');
    expect(history.statusCode).toBe(400);
    expect(history.json().errors).toContainEqual(
      expect.objectContaining({ path: '/querystring/cursor' }),
    );
    const topic = await learner.request('PUT', '/api/v1/me/progress/sql%00basics', {
      status: 'fragile',
    });
    expect(topic.statusCode).toBe(400);
    expect(topic.json().errors).toContainEqual(
      expect.objectContaining({ path: '/params/topicId' }),
    );
    for (const url of ['/api/v1/auth/register', '/api/v1/auth/login']) {
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: { origin: ORIGIN },
        payload: { email: 'nul@example.test', password: `a lantern ${POISONS.NUL}` },
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors).toContainEqual(
        expect.objectContaining({ path: '/body/password' }),
      );
    }
  });

  it('keeps good non-ASCII text exactly as sent', async () => {
    const note = 'Jointures: LEFT JOIN 日本語 😀 — “quotes” and a tab\tinside';
    const put = await learner.request('PUT', '/api/v1/me/progress/sql-joins', {
      status: 'learning',
      note,
    });
    expect(put.statusCode).toBe(200);
    const view = (await learner.request('GET', '/api/v1/me/roadmaps/backend')).json();
    expect(view.topics.find((x: { id: string }) => x.id === 'sql-joins').progress.note).toBe(note);
  });
});
