// The one typed client for the Waymark API: every request from the web app goes through here.
import { NO_PROGRESS } from '../../domain/roadmap-view';
import type { Bucket, Status } from '../../domain/vocabulary';
import type {
  LearnerContent,
  LearnerProgress,
  LearnerRoadmap,
  ProgressRecord,
  ProgressSummary,
  User,
} from './types';

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
export function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  return send<T>(method, `/api/v1${path}`, body);
}

/** `request` for a URL the server gave, which carries its own `/api/v1`. */
async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
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

/**
 * Roadmap content by URL. Its URL names the version, language and level, so it never changes:
 * fetched once per page load (the browser's HTTP cache keeps it across loads), while progress
 * is fetched on its own each time.
 */
const learnerContent = new Map<string, Promise<LearnerContent>>();

function contentAt(url: string): Promise<LearnerContent> {
  let content = learnerContent.get(url);
  if (!content) {
    content = send<LearnerContent>('GET', url);
    // A failed fetch is not kept, so the next try asks again.
    content.catch(() => learnerContent.delete(url));
    learnerContent.set(url, content);
  }
  return content;
}

/** The learner's roadmap: their variant's content with their progress on each topic. */
function withProgress(content: LearnerContent, mine: LearnerProgress['progress']): LearnerRoadmap {
  return {
    ...content,
    topics: content.topics.map((topic) => {
      const progress = mine[topic.id] ?? NO_PROGRESS;
      return { ...topic, bucket: progress.bucket ?? topic.defaultBucket, progress };
    }),
  };
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
  async myRoadmap(roadmapId: string): Promise<LearnerRoadmap> {
    const state = await request<LearnerProgress>(
      'GET',
      `/me/roadmaps/${encodeURIComponent(roadmapId)}/progress`,
    );
    return withProgress(await contentAt(state.content), state.progress);
  },
  /** Topics per status, overall and per column: enough for the dashboard's bars. */
  mySummary: (roadmapId: string) =>
    request<ProgressSummary>('GET', `/me/roadmaps/${encodeURIComponent(roadmapId)}/summary`),
  markTopic: (
    topicId: string,
    change: { status: Status; bucket?: Bucket | null; note?: string | null },
  ) => request<ProgressRecord>('PUT', `/me/progress/${encodeURIComponent(topicId)}`, change),
};
