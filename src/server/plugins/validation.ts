// Request validation with Ajv: bodies are taken as sent (42 is not a status), URLs are coerced from text.
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

function ajv(options: Options): Ajv {
  const instance = new Ajv({
    allErrors: false,
    useDefaults: true,
    removeAdditional: false,
    strict: false,
    ...options,
  });
  addFormats.default(instance, ['email', 'uri', 'uuid', 'date-time', 'date']);
  return instance;
}

/** Installs the two validators and shares the app's named schemas with both. */
export function installValidation(app: FastifyInstance, sharedSchemas: object[]): void {
  const strict = ajv({ coerceTypes: false });
  // Query strings and path parameters are always text, so numbers there must be coerced.
  const coercing = ajv({ coerceTypes: 'array' });
  for (const schema of sharedSchemas) {
    strict.addSchema(schema);
    coercing.addSchema(schema);
  }
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema),
  );
}
