// Refuses text that a database cannot store faithfully: NUL characters and lone UTF-16 surrogates.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, Invalid } from '../errors.js';

/**
 * PostgreSQL's text cannot hold U+0000 (the insert fails), SQLite stores it; a lone surrogate
 * ("\ud800", legal in JSON, not in UTF-8) is silently replaced on its way into either. Either
 * way the learner would not get back what they sent, so both are refused up front, the same on
 * every database, naming each field.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is this pattern's whole job.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isStorable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** JSON-pointer segments escape "~" and "/" (RFC 6901). */
function pointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function collectUnstorable(value: unknown, path: string, found: FieldError[]): void {
  if (typeof value === 'string') {
    if (!isStorable(value)) {
      found.push({ path, message: 'contains a NUL character or an unpaired surrogate' });
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) collectUnstorable(item, `${path}/${i}`, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A bad key is as unstorable as a bad value (answers are stored keyed by question id).
      if (!isStorable(key)) {
        found.push({
          path,
          message: 'has a field name with a NUL character or an unpaired surrogate',
        });
      }
      collectUnstorable(item, `${path}/${pointer(key)}`, found);
    }
  }
}

function unstorableFields(request: FastifyRequest): FieldError[] {
  const found: FieldError[] = [];
  collectUnstorable(request.params, '/params', found);
  collectUnstorable(request.query, '/querystring', found);
  collectUnstorable(request.body, '/body', found);
  return found;
}

async function storableText(app: FastifyInstance): Promise<void> {
  // Before schema validation, so the answer does not depend on which rule Ajv checks first.
  app.addHook('preValidation', async (request) => {
    const errors = unstorableFields(request);
    const [first] = errors;
    if (first) throw new Invalid(`${first.path} ${first.message}.`, errors);
  });
}

export default fp(storableText, { name: 'storable-text' });
