// Resolves the session cookie on every API request and guards cookie-authenticated writes with CSRF proof.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Forbidden, Unauthorized } from '../errors.js';
import { type AuthDeps, type Authenticated, authenticate } from '../modules/auth/service.js';
import { csrfTokenFor, sameSecret } from '../modules/auth/tokens.js';

export const SESSION_COOKIE = 'waymark_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user and session, or null. Set for every /api request. */
    auth: Authenticated | null;
    /** The raw session token from the cookie, when it names a live session. */
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The signed-in user and session of a request to a route that declares `signedInSecurity`.
 * Sign-in is required in one place only, that declaration, which is also what the API document
 * tells clients: the hook below answers 401 before the handler runs. So this only reads, and a
 * handler that calls it on a route without the declaration is a bug, not a client error.
 */
export function signedIn(request: FastifyRequest): Authenticated {
  if (!request.auth) {
    const { method, url } = request.routeOptions;
    throw new Error(`${method} ${url} reads the signed-in user but declares no signedInSecurity`);
  }
  return request.auth;
}

export interface AuthenticationOptions {
  deps: AuthDeps;
  publicOrigin: string;
  secureCookies: boolean;
  sessionTtlDays: number;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: AuthenticationOptions,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secureCookies,
    maxAge: options.sessionTtlDays * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: AuthenticationOptions) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secureCookies,
  });
}

async function authentication(app: FastifyInstance, options: AuthenticationOptions): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const unsafe = !SAFE_METHODS.has(request.method);

    // A write from another site's page is refused outright, signed in or not.
    const origin = request.headers.origin;
    if (unsafe && origin && origin !== options.publicOrigin) {
      throw new Forbidden(`Requests from ${origin} are not accepted.`);
    }

    const token = request.cookies[SESSION_COOKIE];
    const auth = token ? await authenticate(options.deps, token) : null;
    // A route that documents a security requirement enforces it, before its input is even read.
    if (!auth || !token) {
      if (request.routeOptions.schema?.security?.length)
        throw new Unauthorized('Log in to continue.');
      return;
    }
    request.auth = auth;
    request.sessionToken = token;

    if (unsafe) {
      const proof = request.headers[CSRF_HEADER];
      if (typeof proof !== 'string' || !sameSecret(proof, csrfTokenFor(token))) {
        throw new Forbidden(
          `A signed-in write needs the ${CSRF_HEADER} header from GET /api/v1/auth/csrf.`,
        );
      }
    }
  });
}

export default fp(authentication, { name: 'authentication' });
