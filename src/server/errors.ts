// Errors as values with names: services throw these, the problem-details plugin renders them.

export interface FieldError {
  /** JSON pointer to the offending input, e.g. /body/email */
  path: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  /** Stable, documented identifier; the last part of the problem `type` URI. */
  abstract readonly code: string;
  readonly errors: FieldError[] | undefined;
  /** Extra headers the response needs, such as Retry-After. */
  readonly headers: Record<string, string> = {};

  constructor(message: string, errors?: FieldError[]) {
    super(message);
    this.name = this.constructor.name;
    this.errors = errors;
  }
}

export class Invalid extends AppError {
  readonly status = 400;
  readonly code = 'invalid-input';
}

export class Unauthorized extends AppError {
  readonly status = 401;
  readonly code = 'unauthorized';
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly code = 'forbidden';
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly code = 'not-found';
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
}

/** The input is larger than the documented limit for it; `errors` names the field and the limit. */
export class PayloadTooLarge extends AppError {
  readonly status = 413;
  readonly code = 'too-large';
}

/** A refusal that passes with time: the response says when to try again (Retry-After, whole seconds, at least 1). */
abstract class RetryLater extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  }
}

export class TooManyRequests extends RetryLater {
  readonly status = 429;
  readonly code = 'too-many-requests';
}

/** A service the request depends on (such as Redis for login throttling) cannot be reached right now. */
export class ServiceUnavailable extends RetryLater {
  readonly status = 503;
  readonly code = 'unavailable';
}
