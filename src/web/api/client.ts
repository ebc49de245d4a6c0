// The one typed client for the Waymark API: every request from the web app goes through here.
import type { Bucket, Status } from '../../domain/vocabulary';
import type { LearnerRoadmap, ProgressRecord, User } from './types';

export type * from './types';

export interface FieldError {
  path: string;
  message: string;
}

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

  /** The message for one input field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.path === `/body/${field}`)?.message;
  }
}

let csrfToken: string | null = null;

/** Sends one API request; throws ApiError with the server's problem details on failure. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'Cannot reach Waymark. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      payload?.detail ?? `The server answered ${response.status}.`,
      payload?.errors ?? [],
    );
  }
  return payload as T;
}

interface SignedIn {
  user: User;
  csrfToken: string;
}

export const api = {
  async register(email: string, password: string): Promise<User> {
    const result = await request<SignedIn>('POST', '/auth/register', { email, password });
    csrfToken = result.csrfToken;
    return result.user;
  },
  async login(email: string, password: string): Promise<User> {
    const result = await request<SignedIn>('POST', '/auth/login', { email, password });
    csrfToken = result.csrfToken;
    return result.user;
  },
  async logout(): Promise<void> {
    await request<void>('POST', '/auth/logout');
    csrfToken = null;
  },
  /** The signed-in user, or null; also keeps the CSRF token a reloaded page needs for writes. */
  async currentUser(): Promise<User | null> {
    const state = await request<{ user: User | null; csrfToken: string | null }>(
      'GET',
      '/auth/session',
    );
    csrfToken = state.csrfToken;
    return state.user;
  },
  updateProfile: (patch: Partial<Omit<User, 'id' | 'email' | 'createdAt'>>) =>
    request<User>('PATCH', '/me', patch),
  myRoadmap: (roadmapId: string) =>
    request<LearnerRoadmap>('GET', `/me/roadmaps/${encodeURIComponent(roadmapId)}`),
  markTopic: (
    topicId: string,
    change: { status: Status; bucket?: Bucket | null; note?: string | null },
  ) => request<ProgressRecord>('PUT', `/me/progress/${encodeURIComponent(topicId)}`, change),
};
