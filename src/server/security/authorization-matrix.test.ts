import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, compartmentOf, type Role, roles } from '../../core/access/index.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { DeclaredRoute } from '../enforce-access.js';
import { fillParams, givenSecurityWorld, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * Every registered route × every role, checked against the permission registry. Routes are
 * enumerated from the server itself, so a new route is covered the day it is added.
 */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;
let routes: DeclaredRoute[];

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
  routes = app.declaredRoutes.filter((route) => route.method !== 'HEAD' && route.url.startsWith('/api/v1/'));
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const unsafe = (method: string) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);

/** What the registry says the answer must be; `allowed` means the request got past access control. */
function expected(route: DeclaredRoute, role: Role | 'none'): 'allowed' | 401 | 403 | 404 | 409 {
  const rule = route.access;
  if ('public' in rule) return 'allowed';
  if ('session' in rule) return rule.session === 'second_factor' ? 409 : 'allowed';
  // The world's auditor works under a grant in force (core/audit-access); an auditor without one is audit-access-routes.test.ts's.
  const auditAccess = role === 'auditor' ? { auditAccess: { grantId: 'g', endsAt: new Date(8.64e15) } } : {};
  const actor = { kind: 'staff' as const, userId: 'u', agencyId: 'a', sessionId: 's', roles: role === 'none' ? [] : [role], ...auditAccess };
  if (can(actor, rule.permission)) return 'allowed';
  return compartmentOf(rule.permission) ? 404 : 403;
}

describe('authorization matrix', () => {
  it('enumerates the API routes', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((route) => `${route.method} ${route.url}`)).toContain('GET /api/v1/partners/:partnerId');
  });

  it.each([...roles, 'none' as const])('answers every route as the registry says for role %s', async (role) => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const session = world.sessions[role];
      // A body no route accepts: an allowed state change stops at validation (400), changing nothing.
      const response = await app.inject({
        method: route.method as 'GET',
        url: fillParams(route.url, world.params),
        headers: session.headers,
        ...(unsafe(route.method) ? { payload: { __matrix: true } } : {}),
      });
      const want = expected(route, role);
      const got = response.statusCode;
      const ok = want === 'allowed' ? ![401, 403, 404, 409].includes(got) && got < 500 && (!unsafe(route.method) || got === 400) : got === want;
      if (!ok) mismatches.push(`${route.method} ${route.url}: expected ${want}, got ${got} ${response.body.slice(0, 120)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('asks anyone not signed in to sign in, on every route that is not public', async () => {
    const mismatches: string[] = [];
    for (const route of routes.filter((r) => !('public' in r.access))) {
      const response = await app.inject({ method: route.method as 'GET', url: fillParams(route.url, world.params), ...(unsafe(route.method) ? { payload: {} } : {}) });
      if (response.statusCode !== 401) mismatches.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses every state change without the CSRF token', async () => {
    const admin = world.sessions.admin;
    const mismatches: string[] = [];
    for (const route of routes.filter((r) => unsafe(r.method) && !('public' in r.access))) {
      const response = await app.inject({ method: route.method as 'POST', url: fillParams(route.url, world.params), headers: { cookie: admin.headers.cookie! }, payload: {} });
      if (response.statusCode !== 403 || response.json().code !== 'auth.csrf_invalid') mismatches.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    expect(mismatches).toEqual([]);
  });
});
