// HTTP for a learner's projects and the evidence that links topics to them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../plugins/authentication.js';
import { errorResponses, NoContent, signedInSecurity } from '../../schemas/common.js';
import type { ModuleDeps } from '../deps.js';
import {
  EvidenceParams,
  EvidenceQuery,
  EvidenceSchema,
  NewEvidenceSchema,
  NewProjectSchema,
  ProjectParams,
  ProjectPatchSchema,
  ProjectSchema,
} from './schemas.js';
import {
  addEvidence,
  changeProject,
  createProject,
  getProject,
  myEvidence,
  myProjects,
  removeEvidence,
  removeProject,
} from './service.js';

const mine = { tags: ['projects'], security: signedInSecurity };
const writeErrors = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
};

const projectRoutes: FastifyPluginAsyncTypebox<ModuleDeps> = async (app, deps) => {
  app.get(
    '/me/projects',
    {
      schema: {
        ...mine,
        operationId: 'listProjects',
        summary: 'My projects, newest first',
        response: { 200: Type.Array(ProjectSchema), 401: errorResponses[401] },
      },
    },
    async (request) => myProjects(deps, signedIn(request).user.id),
  );

  app.post(
    '/me/projects',
    {
      schema: {
        ...mine,
        operationId: 'createProject',
        summary: 'Start a project, from scratch or from a practice-project idea',
        body: NewProjectSchema,
        response: { 201: ProjectSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProject(deps, signedIn(request).user.id, request.body)),
  );

  app.get(
    '/me/projects/:projectId',
    {
      schema: {
        ...mine,
        operationId: 'getProject',
        summary: 'One of my projects',
        params: ProjectParams,
        response: { 200: ProjectSchema, 401: errorResponses[401], 404: errorResponses[404] },
      },
    },
    async (request) => getProject(deps, signedIn(request).user.id, request.params.projectId),
  );

  app.patch(
    '/me/projects/:projectId',
    {
      schema: {
        ...mine,
        operationId: 'updateProject',
        summary: 'Change a project; marking it done makes its retro due',
        params: ProjectParams,
        body: ProjectPatchSchema,
        response: { 200: ProjectSchema, ...writeErrors },
      },
    },
    async (request) =>
      changeProject(deps, signedIn(request).user.id, request.params.projectId, request.body),
  );

  app.delete(
    '/me/projects/:projectId',
    {
      schema: {
        ...mine,
        operationId: 'deleteProject',
        summary: 'Delete a project',
        params: ProjectParams,
        response: { 204: NoContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      await removeProject(deps, signedIn(request).user.id, request.params.projectId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/evidence',
    {
      schema: {
        ...mine,
        operationId: 'listEvidence',
        summary: 'My evidence links, optionally for one topic',
        querystring: EvidenceQuery,
        response: {
          200: Type.Array(EvidenceSchema),
          400: errorResponses[400],
          401: errorResponses[401],
        },
      },
    },
    async (request) => myEvidence(deps, signedIn(request).user.id, request.query.topicId),
  );

  app.post(
    '/me/evidence',
    {
      schema: {
        ...mine,
        operationId: 'addEvidence',
        summary: 'Link a topic to a project of mine or a URL that shows it applied',
        body: NewEvidenceSchema,
        response: { 201: EvidenceSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addEvidence(deps, signedIn(request).user.id, request.body)),
  );

  app.delete(
    '/me/evidence/:evidenceId',
    {
      schema: {
        ...mine,
        operationId: 'removeEvidence',
        summary: 'Remove an evidence link',
        params: EvidenceParams,
        response: { 204: NoContent, ...writeErrors },
      },
    },
    async (request, reply) => {
      await removeEvidence(deps, signedIn(request).user.id, request.params.evidenceId);
      return reply.status(204).send(null);
    },
  );
};

export default projectRoutes;
