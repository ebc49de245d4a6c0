// HTTP for accounts: register, log in, log out, CSRF token, and the list of one's sessions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  type AuthenticationOptions,
  clearSessionCookie,
  setSessionCookie,
  signedIn,
} from '../../plugins/authentication.js';
import { errorResponses, NoContent, signedInSecurity } from '../../schemas/common.js';
import {
  CredentialsSchema,
  CsrfSchema,
  PasswordChangeSchema,
  SessionIdParams,
  SessionSchema,
  SessionStateSchema,
  SignedInSchema,
  UnavailableResponse,
} from './schemas.js';
import {
  type ClientInfo,
  changePassword,
  listSessions,
  login,
  logout,
  register,
  revokeSession,
} from './service.js';
import { csrfTokenFor } from './tokens.js';

const clientOf = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'],
});

const authRoutes: FastifyPluginAsyncTypebox<AuthenticationOptions> = async (app, options) => {
  const { deps } = options;

  app.post(
    '/auth/register',
    {
      schema: {
        operationId: 'register',
        security: [],
        tags: ['auth'],
        summary: 'Create an account and sign in',
        body: CredentialsSchema,
        response: {
          201: SignedInSchema,
          400: errorResponses[400],
          409: errorResponses[400],
          429: errorResponses[429],
          503: UnavailableResponse,
        },
      },
    },
    async (request, reply) => {
      const { user, token } = await register(deps, request.body, clientOf(request));
      setSessionCookie(reply, token, options);
      return reply.status(201).send({ user, csrfToken: csrfTokenFor(token) });
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        operationId: 'login',
        security: [],
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: CredentialsSchema,
        response: {
          200: SignedInSchema,
          400: errorResponses[400],
          401: errorResponses[401],
          429: errorResponses[429],
          503: UnavailableResponse,
        },
      },
    },
    async (request, reply) => {
      const { user, token } = await login(deps, request.body, clientOf(request));
      setSessionCookie(reply, token, options);
      return { user, csrfToken: csrfTokenFor(token) };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        operationId: 'logout',
        tags: ['auth'],
        summary: 'End this session',
        security: signedInSecurity,
        response: { 204: NoContent, 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request, reply) => {
      await logout(deps, signedIn(request).session);
      clearSessionCookie(reply, options);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/csrf',
    {
      schema: {
        operationId: 'getCsrfToken',
        tags: ['auth'],
        summary: 'The CSRF token to send as x-csrf-token on writes',
        security: signedInSecurity,
        response: { 200: CsrfSchema, 401: errorResponses[401] },
      },
    },
    async (request) => {
      signedIn(request);
      return { token: csrfTokenFor(request.sessionToken ?? '') };
    },
  );

  app.get(
    '/auth/session',
    {
      schema: {
        operationId: 'getSession',
        security: [],
        tags: ['auth'],
        summary: 'Who is signed in, if anyone, with the CSRF token for writes',
        description: 'Answers 200 either way, so a page can ask without an error in the console.',
        response: { 200: SessionStateSchema },
      },
    },
    async (request) =>
      request.auth && request.sessionToken
        ? { user: request.auth.user, csrfToken: csrfTokenFor(request.sessionToken) }
        : { user: null, csrfToken: null },
  );

  app.post(
    '/me/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change my password; every other session is signed out',
        security: signedInSecurity,
        body: PasswordChangeSchema,
        response: {
          204: NoContent,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          429: errorResponses[429],
          503: UnavailableResponse,
        },
      },
    },
    async (request, reply) => {
      await changePassword(deps, signedIn(request), request.body, clientOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/sessions',
    {
      schema: {
        operationId: 'listSessions',
        tags: ['auth'],
        summary: 'My signed-in sessions',
        security: signedInSecurity,
        response: { 200: Type.Array(SessionSchema), 401: errorResponses[401] },
      },
    },
    async (request) => listSessions(deps, signedIn(request)),
  );

  app.delete(
    '/me/sessions/:sessionId',
    {
      schema: {
        operationId: 'revokeSession',
        tags: ['auth'],
        summary: 'Revoke one of my sessions',
        security: signedInSecurity,
        params: SessionIdParams,
        response: {
          204: NoContent,
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
        },
      },
    },
    async (request, reply) => {
      const { user } = signedIn(request);
      await revokeSession(deps, user.id, request.params.sessionId);
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
