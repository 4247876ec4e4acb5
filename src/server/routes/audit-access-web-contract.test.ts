import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/seed-demo.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { auditGrantListSchema, auditGrantSchema, grantAuditAccessBodySchema, grantChoicesSchema, myAuditAccessSchema, newGrantKey, sampleFileSchema } from '../../web/api/audit-access.js';
import { sessionResponseSchema } from '../../web/api/session-response.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

let database: TestDatabase;
let app: FastifyInstance;
let manager: StaffSession;
let auditor: StaffSession;

beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
  const built = await buildTestServer(database);
  app = built.app;
  const { agencyId } = await seedDemo(database.kysely, built.keyring);
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], built.clock.now());
  auditor = await givenStaffSession(database.kysely, agencyId, ['auditor'], built.clock.now());
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

function parsed<T>(schema: { safeParse: (value: unknown) => { success: boolean; data?: T; error?: unknown } }, body: unknown): T {
  const result = schema.safeParse(body);
  expect(result.success, JSON.stringify(result.error)).toBe(true);
  return result.data as T;
}

describe('the auditor access pages read what the audit-access API answers', () => {
  it('grants from the choices the form offers, lists and ends the grant; the auditor reads the sample (partners de-identified)', async () => {
    const choices = parsed(grantChoicesSchema, (await app.inject({ url: '/api/v1/audit-grants/choices', headers: manager.headers })).json());
    expect(choices.auditors.map((a) => a.id)).toContain(auditor.userId);
    // Files with partners first, so that Partner Contact is read too.
    const withPartners = new Set((await database.kysely.selectFrom('partner').select('participant_id').execute()).map((row) => row.participant_id));
    const files = [...choices.files].sort((a, b) => Number(withPartners.has(b.participantId)) - Number(withPartners.has(a.participantId))).slice(0, 4);
    const body = grantAuditAccessBodySchema.parse({
      auditorUserId: auditor.userId,
      purpose: 'Quarterly file review',
      startsOn: choices.today,
      endsOn: choices.today,
      participantIds: files.map((file) => file.participantId),
      idempotencyKey: newGrantKey(),
    });
    const created = await app.inject({ method: 'POST', url: '/api/v1/audit-grants', headers: manager.headers, payload: body });
    expect(created.statusCode).toBe(201);
    const grant = parsed(auditGrantSchema, created.json());
    expect(grant).toMatchObject({ status: 'active', files: expect.arrayContaining([expect.objectContaining({ participantId: files[0]!.participantId })]) });

    const refused = await app.inject({ method: 'POST', url: '/api/v1/audit-grants', headers: { ...manager.headers, 'accept-language': 'fr-CA' }, payload: { ...body, endsOn: '2000-01-01', startsOn: choices.today, idempotencyKey: newGrantKey() } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ errors: [expect.objectContaining({ path: 'body.endsOn', message: 'Le dernier jour doit être le premier jour ou après.' })] });

    const session = parsed(sessionResponseSchema, (await app.inject({ url: '/api/v1/auth/session', headers: auditor.headers })).json());
    expect(session.auditAccess?.endsAt).toBe(grant.endsAt);
    const mine = parsed(myAuditAccessSchema, (await app.inject({ url: '/api/v1/audit-access', headers: auditor.headers })).json());
    expect(mine.files).toHaveLength(files.length);
    let partnersSeen = 0;
    for (const file of files) {
      const response = await app.inject({ url: `/api/v1/audit-access/files/${file.participantId}`, headers: auditor.headers });
      expect(response.statusCode).toBe(200);
      const sample = parsed(sampleFileSchema, response.json());
      partnersSeen += sample.partnerContact.length;
    }
    expect(partnersSeen).toBeGreaterThan(0);

    const list = parsed(auditGrantListSchema, (await app.inject({ url: '/api/v1/audit-grants', headers: manager.headers })).json());
    expect(list.grants.map((g) => g.id)).toContain(grant.id);
    const ended = await app.inject({ method: 'POST', url: `/api/v1/audit-grants/${grant.id}/end`, headers: manager.headers, payload: { version: grant.version } });
    expect(parsed(auditGrantSchema, ended.json()).status).toBe('ended');
    const after = parsed(sessionResponseSchema, (await app.inject({ url: '/api/v1/auth/session', headers: auditor.headers })).json());
    expect(after.auditAccess ?? null).toBeNull();
    expect((await app.inject({ url: '/api/v1/audit-access', headers: auditor.headers })).statusCode).toBe(403);
  });
});
