// The one HTTP client for the Waymark API: sends each request, keeps the CSRF token, throws problem details.
import type { Static } from 'typebox';
import type { ProblemSchema } from '../../server/schemas/common';

/** The problem+json body the server sends with every error. */
type Problem = Static<typeof ProblemSchema>;
export type FieldError = NonNullable<Problem['errors']>[number];

/** An API error carrying the problem details the server sent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The prefix of every API path; the server writes it into the URLs it hands out. */
export const API_PREFIX = '/api/v1';

let csrfToken: string | null = null;

/** Keeps the token the server gave at sign-in (or null at sign-out) for the writes that follow. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Sends one API request; throws ApiError with the server's problem details on failure. */
export function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  return requestUrl<T>(method, `${API_PREFIX}${path}`, body);
}

/** `request` for a URL the server gave, which carries its own `/api/v1`. */
export async function requestUrl<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'Cannot reach Waymark. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as Partial<Problem> | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      payload?.detail ?? `The server answered ${response.status}.`,
      payload?.errors ?? [],
    );
  }
  return payload as T;
}
