import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAgency } from '../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from './testing/given-staff-session.js';
import { givenSecurityWorld } from './testing/security-world.js';
import { buildTestServer } from './testing/test-server.js';

/**
 * Input the API fuzz (security/api-fuzz-*.test.ts) once turned into 500s: a NUL character, an
 * integer past a column's range, a stream that does not exist. Each is a 400 saying what is wrong.
 */
let database: TestDatabase;
let app: FastifyInstance;
let manager: StaffSession;
let admin: StaffSession;
let logLines: () => string[];
let keyring: Awaited<ReturnType<typeof buildTestServer>>['keyring'];

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  logLines = built.logLines;
  keyring = built.keyring;
  const agency = await givenAgency(database.kysely);
  manager = await givenStaffSession(database.kysely, agency.id, ['manager'], built.clock.now());
  admin = await givenStaffSession(database.kysely, agency.id, ['admin'], built.clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('a NUL character, which PostgreSQL cannot store', () => {
  it('is refused in a body field, naming the field, in the reader’s language', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/streams?lang=fr', headers: manager.headers, payload: { code: 'women-fr', name: 'Women\u0000', nameFr: 'Femmes' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'body.name', code: 'nul_character', message: 'Retirez le caractère de contrôle invisible (NUL) de ce texte.' }]);
  });

  it('is refused in a query parameter and in a key of a nested object', async () => {
    const query = await app.inject({ method: 'GET', url: '/api/v1/resources?q=line%00', headers: manager.headers });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors).toMatchObject([{ path: 'querystring.q', code: 'nul_character' }]);
    const key = await app.inject({ method: 'POST', url: '/api/v1/streams', headers: { ...manager.headers, 'content-type': 'application/json' }, payload: '{"code":"women-fr","name":"W","nameFr":"F","policy":{"a\\u0000":1}}' });
    expect(key.statusCode).toBe(400);
    expect(key.json().errors).toMatchObject([{ path: 'body.policy.a', code: 'nul_character' }]);
  });
});

describe('values only the database refuses', () => {
  it('answers an integer past the column’s range with 400, logging only where it was refused', async () => {
    const response = await app.inject({ method: 'POST', url: `/api/v1/users/${manager.userId}/disable`, headers: admin.headers, payload: { version: 2_147_483_648 } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.value_not_storable' });
    const line = logLines().find((one) => one.includes(response.headers['x-request-id'] as string) && one.includes('database refused'));
    expect(JSON.parse(line!)).toMatchObject({ sqlState: '22003' });
    expect(line).not.toContain('2147483648');
  });

  it('answers a record that does not exist with 400, not a foreign-key error', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/v1/court-report-settings',
      headers: manager.headers,
      payload: { dueBusinessDays: 1, ackEscalationBusinessDays: 1, streams: [{ streamId: randomUUID(), dueBusinessDays: 1 }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.unknown_reference' });
    expect(response.body).not.toMatch(/foreign key|violates|stream/i);
  });

  it('refuses a day that is not on the calendar at validation, on the field', async () => {
    const finance = await givenStaffSession(database.kysely, manager.agencyId, ['finance'], new Date('2026-11-21T15:00:00Z'));
    const response = await app.inject({ method: 'GET', url: '/api/v1/fees/reports/daily-payments?date=2026-02-30', headers: finance.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toMatchObject([{ path: 'querystring.date', code: 'invalid_format' }]);
  });
});

describe('rules the database kept but no use case did', () => {
  it('refuses to schedule a group past 200 sessions with a message saying so, not a check-constraint 500', async () => {
    const world = await givenSecurityWorld(database.kysely, keyring, new Date('2026-11-21T15:00:00Z'));
    const add = (count: number) => app.inject({ method: 'POST', url: `/api/v1/groups/${world.params.groupId}/sessions`, headers: world.sessions.manager.headers, payload: { count } });
    for (let i = 0; i < 3; i += 1) expect((await add(52)).statusCode).toBe(200);
    const refused = await add(52);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'groups.too_many_sessions', detail: 'A group holds at most 200 sessions and this one has 157. Schedule fewer, or start a new group.' });
    expect((await add(43)).statusCode).toBe(200);
  });
});
