import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Role, roles } from '../../core/access/index.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { DeclaredRoute } from '../enforce-access.js';
import { fillParams, givenSecurityWorld, sampleRequest, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * Every route that names a record, called by staff of another agency who hold the permission,
 * with ids from the first agency: the record must not exist for them (404), on every route.
 */
let database: TestDatabase;
let app: FastifyInstance;
let home: SecurityWorld;
let other: SecurityWorld;
let routes: DeclaredRoute[];

/** Parameters that are values of the caller's own agency (a holiday's date, a compliance clock), not another record's id. */
const valueParams = new Set(['day', 'clock']);
function namesRecord(url: string): boolean {
  return [...url.matchAll(/:([A-Za-z]+)/g)].some((match) => !valueParams.has(match[1]!));
}

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  home = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
  other = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
  routes = app.declaredRoutes.filter(
    (route) => route.method !== 'HEAD' && route.url.startsWith('/api/v1/') && 'permission' in route.access && (namesRecord(route.url) || sampleRequest(route.method, route.url, {}).query),
  );
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('cross-agency sweep', () => {
  it('finds the routes that name records', () => {
    expect(routes.map((route) => `${route.method} ${route.url}`)).toEqual(expect.arrayContaining(['GET /api/v1/partners/:partnerId', 'PUT /api/v1/users/:userId/roles']));
  });

  it("answers 404 to every role of another agency asking for this agency's records", async () => {
    const leaks: string[] = [];
    let calls = 0;
    for (const route of routes) {
      const permission = (route.access as { permission: Parameters<typeof can>[1] }).permission;
      for (const role of roles as readonly Role[]) {
        const session = other.sessions[role];
        if (!can({ kind: 'staff', userId: 'u', agencyId: 'a', sessionId: 's', roles: [role] }, permission)) continue;
        const sample = sampleRequest(route.method, route.url, home.params);
        const url = fillParams(route.url, home.params) + (sample.query ? `?${sample.query}` : '');
        const response = await app.inject({ method: route.method as 'GET', url, headers: session.headers, ...(sample.body ? { payload: sample.body } : {}) });
        calls++;
        const viewsOfNothing = route.url === '/api/v1/audit/record-views' && response.statusCode === 200 && response.json().length === 0;
        if (response.statusCode !== 404 && !viewsOfNothing) leaks.push(`${role} ${route.method} ${url}: ${response.statusCode} ${response.body.slice(0, 100)}`);
      }
    }
    expect(calls).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
  });
});
