import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerContactTeam, type Role, roles } from '../../core/access/index.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { DeclaredRoute } from '../enforce-access.js';
import { fillParams, givenSecurityWorld, sampleRequest, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * Partner data must never reach anyone outside the partner-contact team. Unique canary strings
 * are planted in partner records; every GET route is called as every other role (and with no
 * session); bodies, headers and the server's log lines are scanned. Zero hits allowed.
 */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;
let logLines: () => string[];
let getRoutes: DeclaredRoute[];

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database, { logLevel: 'debug' });
  app = built.app;
  logLines = built.logLines;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
  getRoutes = app.declaredRoutes.filter((route) => route.method === 'GET');
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function sweep(headers: Record<string, string>): Promise<string[]> {
  const hits: string[] = [];
  for (const route of getRoutes) {
    const sample = sampleRequest(route.method, route.url, world.params);
    const url = fillParams(route.url, world.params) + (sample.query ? `?${sample.query}` : '');
    const response = await app.inject({ method: 'GET', url, headers });
    const seen = response.body + JSON.stringify(response.headers);
    for (const canary of world.canaries) if (seen.includes(canary)) hits.push(`${route.url} (${response.statusCode})`);
  }
  return hits;
}

describe('partner canary sweep', () => {
  it('detects a canary where the partner-contact team may see it (the sweep works)', async () => {
    const hits = await sweep(world.sessions.partner_contact.headers);
    expect(hits).toContain('/api/v1/partners/:partnerId (200)');
  });

  it.each(roles.filter((role) => !partnerContactTeam.includes(role)))('finds no canary in any answer to %s', async (role: Role) => {
    expect(await sweep(world.sessions[role].headers)).toEqual([]);
  });

  it('finds no canary in answers to a role-less account or to nobody signed in', async () => {
    expect(await sweep(world.sessions.none.headers)).toEqual([]);
    expect(await sweep({})).toEqual([]);
  });

  it('finds no canary in any log line, and none stored in clear in the database', async () => {
    const logs = logLines().join('\n');
    expect(logs.length).toBeGreaterThan(1000);
    for (const canary of world.canaries) expect(logs).not.toContain(canary);
    const stored = await database.kysely.selectFrom('partner').select('full_name_encrypted').where('agency_id', '=', world.agencyId).execute();
    for (const canary of world.canaries) expect(JSON.stringify(stored)).not.toContain(canary);
  });
});
