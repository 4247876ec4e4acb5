import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../../core/audit/testing/staff-ctx.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenSecurityWorld, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/** Sensitive reads, denials and account changes leave audit events; an unwritable event stops the read. */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

function eventsOf(type: string) {
  return database.kysely
    .selectFrom('audit_event')
    .select(['type', 'actor_user_id', 'subject_type', 'subject_id', 'details'])
    .where('agency_id', '=', world.agencyId)
    .where('type', '=', type)
    .execute();
}

describe('audit completeness', () => {
  it("records who read a partner's file", async () => {
    const reader = world.sessions.partner_contact;
    expect((await app.inject({ url: `/api/v1/partners/${world.params.partnerId}`, headers: reader.headers })).statusCode).toBe(200);
    const views = await eventsOf('record.viewed');
    expect(views).toContainEqual(expect.objectContaining({ actor_user_id: reader.userId, subject_type: 'partner', subject_id: world.params.partnerId }));
    const lead = world.sessions.partner_contact_lead;
    const whoViewed = await app.inject({ url: `/api/v1/audit/record-views?subjectType=partner&subjectId=${world.params.partnerId}`, headers: lead.headers });
    expect(whoViewed.statusCode).toBe(200);
    expect(whoViewed.json()).toContainEqual(expect.objectContaining({ userId: reader.userId }));
  });

  it('records a denied attempt, with the route template and never the raw address', async () => {
    const facilitator = world.sessions.facilitator;
    expect((await app.inject({ url: `/api/v1/partners/${world.params.partnerId}?q=x`, headers: facilitator.headers })).statusCode).toBe(404);
    const denied = await eventsOf('access.denied');
    expect(denied).toContainEqual(
      expect.objectContaining({ actor_user_id: facilitator.userId, details: { permission: 'partner.read', method: 'GET', route: '/api/v1/partners/:partnerId' } }),
    );
  });

  it('records account changes', async () => {
    const admin = world.sessions.admin;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'new.worker@agency.example.org', displayName: 'New Worker', roles: ['intake'], password: 'Long-Enough-Passphrase-7' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    const roles = await app.inject({ method: 'PUT', url: `/api/v1/users/${user.id}/roles`, headers: admin.headers, payload: { roles: ['intake', 'finance'], version: user.version } });
    expect(roles.statusCode).toBe(200);
    expect(await eventsOf('user.created')).toContainEqual(expect.objectContaining({ subject_id: user.id, details: { roles: ['intake'] } }));
    expect(await eventsOf('role.granted')).toContainEqual(expect.objectContaining({ subject_id: user.id, details: { role: 'finance' } }));
  });

  it('refuses the forbidden team mix through the API with a translated message, saving nothing', async () => {
    const admin = world.sessions.admin;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin.headers, 'accept-language': 'fr-CA' },
      payload: { email: 'mixed@agency.example.org', displayName: 'Mixed', roles: ['partner_contact', 'facilitator'], password: 'Long-Enough-Passphrase-7' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('users.team_conflict');
    expect(response.json().detail).toContain("l'équipe de contact avec les partenaires");
    const saved = await database.kysely.selectFrom('app_user').select('id').where('email', '=', 'mixed@agency.example.org').execute();
    expect(saved).toEqual([]);
  });

  it('fails the read when its audit event cannot be written (fail closed)', async () => {
    const working = testKeyring();
    // Same keys for reading the partner, but every audit signature fails.
    const failing: Keyring = { ...working, hmac: () => { throw new Error('audit store unavailable'); } };
    const broken = await buildTestServer(database, {}, undefined, { keyring: failing });
    try {
      const otherWorld = await givenSecurityWorld(database.kysely, working, new Date('2026-11-21T15:00:00Z'));
      const response = await broken.app.inject({ url: `/api/v1/partners/${otherWorld.params.partnerId}`, headers: otherWorld.sessions.partner_contact.headers });
      expect(response.statusCode).toBe(500);
      for (const canary of otherWorld.canaries) expect(response.body).not.toContain(canary);
    } finally {
      await broken.app.close();
    }
  });
});
