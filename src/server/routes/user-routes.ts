import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateUserInput,
  createUser,
  getUser,
  listUsers,
  setTemporaryPassword,
  TemporaryPasswordInput,
  unlockUser,
  resetSecondFactor,
  SetRolesInput,
  setUserRoles,
  setUserStatus,
  UserSummary,
  VersionInput,
} from '../../core/users/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const UserParams = z.object({ userId: z.uuid() });
const tags = ['staff accounts'];

/** Staff accounts for the agency admin: list, create, roles, disable/enable, reset the second factor. */
export function registerUserRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/users', { config: access.permission('user.read'), schema: { tags, summary: 'Staff accounts', response: { 200: z.array(UserSummary) } } }, async (request) =>
    listUsers(staffContext(request, deps)),
  );
  typed.get('/users/:userId', { config: access.permission('user.read'), schema: { tags, summary: 'One staff account (the view is audited)', params: UserParams, response: { 200: UserSummary } } }, async (request) =>
    getUser(staffContext(request, deps), request.params.userId),
  );
  typed.post('/users/:userId/unlock', { config: access.permission('user.manage'), schema: { tags, summary: 'End a sign-in pause early', params: UserParams, body: VersionInput, response: { 200: UserSummary } } }, async (request) =>
    unlockUser(staffContext(request, deps), request.params.userId, request.body),
  );
  typed.post('/users/:userId/password', { config: access.permission('user.manage'), schema: { tags, summary: 'Set a temporary password (ends their sessions)', params: UserParams, body: TemporaryPasswordInput, response: { 200: UserSummary } } }, async (request) =>
    setTemporaryPassword(staffContext(request, deps), request.params.userId, request.body),
  );
  typed.post('/users', { config: access.permission('user.manage'), schema: { tags, summary: 'Create a staff account', body: CreateUserInput, response: { 201: UserSummary } } }, async (request, reply) =>
    reply.status(201).send(await createUser(staffContext(request, deps), request.body)),
  );
  typed.put('/users/:userId/roles', { config: access.permission('user.manage'), schema: { tags, summary: "Replace a staff member's roles", params: UserParams, body: SetRolesInput, response: { 200: UserSummary } } }, async (request) =>
    setUserRoles(staffContext(request, deps), request.params.userId, request.body),
  );
  typed.post('/users/:userId/disable', { config: access.permission('user.manage'), schema: { tags, summary: 'Disable an account (ends its sessions)', params: UserParams, body: VersionInput, response: { 200: UserSummary } } }, async (request) =>
    setUserStatus(staffContext(request, deps), request.params.userId, { status: 'disabled', version: request.body.version }),
  );
  typed.post('/users/:userId/enable', { config: access.permission('user.manage'), schema: { tags, summary: 'Enable an account again', params: UserParams, body: VersionInput, response: { 200: UserSummary } } }, async (request) =>
    setUserStatus(staffContext(request, deps), request.params.userId, { status: 'active', version: request.body.version }),
  );
  typed.post('/users/:userId/second-factor/reset', { config: access.permission('user.manage'), schema: { tags, summary: 'Remove the authenticator (lost phone); the user enrols again', params: UserParams, body: VersionInput, response: { 200: UserSummary } } }, async (request) =>
    resetSecondFactor(staffContext(request, deps), request.params.userId, request.body),
  );
}
