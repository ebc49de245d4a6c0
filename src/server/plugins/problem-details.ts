// Renders every error as application/problem+json (RFC 9457); clients never see a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type FieldError } from '../errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const problem: Problem = {
    type: `urn:waymark:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: reply.request.url.split('?')[0],
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json').send(problem);
}

interface AjvLikeError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns Ajv's errors into field errors whose path names the field itself. */
function fieldErrors(context: string, validation: AjvLikeError[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const error of validation) {
    let path = `/${context}${error.instancePath}`;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
      path += `/${error.params.missingProperty}`;
      message = 'is required';
    } else if (
      error.keyword === 'additionalProperties' &&
      typeof error.params.additionalProperty === 'string'
    ) {
      path += `/${error.params.additionalProperty}`;
      message = 'is not an accepted field';
    } else if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues)) {
      message = `must be one of: ${error.params.allowedValues.join(', ')}`;
    }
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message });
  }
  return errors;
}

const FRAMEWORK_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-body'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'malformed-body'],
};

async function problemDetails(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      reply.headers(error.headers);
      return sendProblem(reply, error.status, error.code, error.message, error.errors);
    }
    if (error.validation) {
      const errors = fieldErrors(
        error.validationContext ?? 'body',
        error.validation as AjvLikeError[],
      );
      const first = errors[0];
      const detail = first ? `${first.path} ${first.message}` : 'The request is invalid.';
      return sendProblem(reply, 400, 'invalid-input', detail, errors);
    }
    const known = error.code ? FRAMEWORK_CODES[error.code] : undefined;
    if (known) return sendProblem(reply, known[0], known[1], error.message);
    // A JSON syntax error raised while parsing the body carries a 400 and no code we list.
    if (
      error instanceof SyntaxError ||
      (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    ) {
      const status = error.statusCode ?? 400;
      return sendProblem(
        reply,
        status,
        status === 400 ? 'malformed-body' : 'client-error',
        error.message,
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      500,
      'internal',
      'Something went wrong on our side. It has been logged.',
    );
  });
}

export default fp(problemDetails, { name: 'problem-details' });
