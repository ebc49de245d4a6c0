// The one typed client for the Waymark API: every request from the web app goes through here.
import type { Bucket, Language, LearnerLevel, Status } from '../../domain/vocabulary';

export interface User {
  id: string;
  email: string;
  displayName: string | null;
  level: LearnerLevel | null;
  language: Language | null;
  framework: string | null;
  targetRole: string | null;
  timeZone: string;
  createdAt: string;
}

export interface Resource {
  title: string;
  url: string;
  kind: string;
}

export interface TopicProgress {
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updatedAt: string | null;
}

export interface LearnerTopic {
  id: string;
  title: string;
  summary: string;
  stageId: string;
  columnId: string;
  level: string;
  prerequisites: string[];
  aliases: string[];
  checks: string[];
  tools: string[];
  resources: Resource[];
  defaultBucket: Bucket;
  bucket: Bucket;
  progress: TopicProgress;
}

export interface Stage {
  id: string;
  title: string;
  summary: string;
  optional?: boolean;
}

export interface LearnerRoadmap {
  id: string;
  title: string;
  summary: string;
  version: number;
  language: Language | null;
  level: LearnerLevel | null;
  stages: Stage[];
  columns: { id: string; title: string; summary: string }[];
  topics: LearnerTopic[];
}

export interface ProgressRecord {
  roadmapId: string;
  topicId: string;
  status: Status;
  bucket: Bucket | null;
  note: string | null;
  updatedAt: string;
}

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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
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
