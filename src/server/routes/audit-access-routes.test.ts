import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { givenAuditGrant } from '../../core/audit-access/testing/given-audit-grant.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { fillParams, givenSecurityWorld, sampleRequest, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * Ministry auditors' access through the API: the manager's grant (checked, idempotent, ended at
 * will), what an auditor reads under it (the sample only, Partner Contact de-identified, each
 * read audited), and what they can never do (any write; anything at all without a grant).
 */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let world: SecurityWorld;
let manager: StaffSession;
let auditor: StaffSession;
let otherParticipantId: string;

beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
  const built = await buildTestServer(database);
  app = built.app;
  clock = built.clock;
  world = await givenSecurityWorld(database.kysely, built.keyring, clock.now());
  manager = world.sessions.manager;
  // A second auditor account of the agency, with no grant yet.
  auditor = await givenStaffSession(database.kysely, world.agencyId, ['auditor'], clock.now());
  const other = await database.kysely.selectFrom('participant').select('id').where('agency_id', '=', world.agencyId).where('id', '!=', world.params.participantId!).executeTakeFirstOrThrow();
  otherParticipantId = other.id;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const post = (session: StaffSession, url: string, payload: unknown, lang = 'en-CA') =>
  app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...session.headers, 'accept-language': lang }, payload: payload as object });
const get = (session: StaffSession, url: string) => app.inject({ url: `/api/v1${url}`, headers: session.headers });

function grantBody(overrides: Record<string, unknown> = {}) {
  return { auditorUserId: auditor.userId, purpose: 'Annual compliance audit 2026', startsOn: '2026-11-21', endsOn: '2026-12-18', participantIds: [world.params.participantId], idempotencyKey: `grant-${Math.random().toString(36).slice(2)}`, ...overrides };
}

describe('an auditor without a grant', () => {
  it('holds nothing but the agency: no figures, no log, no files', async () => {
    const session = (await get(auditor, '/auth/session')).json();
    expect(session.permissions).toEqual(['agency.read']);
    expect(session.auditAccess).toBeNull();
    for (const url of ['/statistics', '/audit-access', `/audit-access/files/${world.params.participantId}`, '/users']) {
      expect((await get(auditor, url)).statusCode, url).toBe(403);
    }
  });
});

describe('the manager grants access', () => {
  it('refuses, on the field and in French, a last day before the first, a grant too long, a past start, a non-auditor and an unknown file', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsOn: '2026-11-20' }, 'body.endsOn', 'auditAccess.ends_before_start'],
      [{ endsOn: '2027-03-01' }, 'body.endsOn', 'auditAccess.too_long'],
      [{ startsOn: '2026-11-01' }, 'body.startsOn', 'auditAccess.starts_in_past'],
      [{ auditorUserId: manager.userId }, 'body.auditorUserId', 'auditAccess.not_an_auditor'],
      [{ participantIds: ['00000000-0000-4000-8000-000000000000'] }, 'body.participantIds', 'auditAccess.unknown_file'],
    ];
    for (const [overrides, path, code] of cases) {
      const response = await post(manager, '/audit-grants', grantBody(overrides), 'fr-CA');
      expect(response.statusCode, code).toBe(400);
      const body = response.json();
      expect(body.code).toBe(code);
      expect(body.errors?.[0]?.path ?? body.issues?.[0]?.path ?? JSON.stringify(body)).toContain(path.replace('body.', ''));
      expect(body.detail).toMatch(/[éèàô]|jour|accès|dossier|compte/i);
    }
    const none = await post(manager, '/audit-grants', grantBody({ participantIds: [] }));
    expect(none.statusCode).toBe(400);
    expect((await database.kysely.selectFrom('audit_grant').select('id').where('auditor_user_id', '=', auditor.userId).execute())).toEqual([]);
  });

  it('grants once for one key, however often it is sent, and the auditor reads at once', async () => {
    const body = grantBody({ participantIds: [world.params.participantId] });
    const answers = await Promise.all([1, 2, 3].map(() => post(manager, '/audit-grants', body)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const grant = answers[0]!.json();
    expect(grant).toMatchObject({ status: 'active', startsOn: '2026-11-21', endsOn: '2026-12-18', auditor: { id: auditor.userId }, files: [{ participantId: world.params.participantId, name: 'Jordan Sample' }] });
    const session = (await get(auditor, '/auth/session')).json();
    expect(session.auditAccess).toEqual({ endsAt: grant.endsAt });
    expect(session.permissions).toContain('audit.read_sample');
    const mine = await get(auditor, '/audit-access');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ purpose: 'Annual compliance audit 2026', files: [{ participantId: world.params.participantId }] });
    expect((await get(auditor, '/statistics')).statusCode).toBe(200);
  });
});

describe('an auditor under a grant', () => {
  it('reads a sampled file with Partner Contact de-identified, and every read is recorded', async () => {
    const response = await get(auditor, `/audit-access/files/${world.params.participantId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.file).toMatchObject({ id: world.params.participantId, givenName: 'Jordan', availableTransitions: [] });
    expect(body.partnerContact).toHaveLength(1);
    expect(body.partnerContact[0]).toMatchObject({ label: 1, firstContact: { status: expect.any(String) }, minimumContacts: { required: expect.any(Number) } });
    for (const canary of world.canaries) expect(response.body).not.toContain(canary);
    expect(response.body).not.toContain(world.params.partnerId);
    const partnerIds = (await database.kysely.selectFrom('partner').select('id').where('agency_id', '=', world.agencyId).execute()).map((p) => p.id);
    for (const id of partnerIds) expect(response.body).not.toContain(id);
    const views = await database.kysely
      .selectFrom('audit_event')
      .select(['type', 'subject_id'])
      .where('agency_id', '=', world.agencyId)
      .where('actor_user_id', '=', auditor.userId)
      .orderBy('seq')
      .execute();
    expect(views).toEqual(expect.arrayContaining([
      { type: 'audit_access.files_listed', subject_id: null },
      { type: 'record.viewed', subject_id: world.params.participantId },
    ]));
  });

  it('finds no file outside the sample (404), the same as a file that does not exist', async () => {
    const outside = await get(auditor, `/audit-access/files/${otherParticipantId}`);
    const missing = await get(auditor, '/audit-access/files/00000000-0000-4000-8000-000000000000');
    expect([outside.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(outside.json().code).toBe(missing.json().code);
    // The staff file and its partner routes stay closed: the grant opens the sample's own view only.
    expect((await get(auditor, `/participants/${world.params.participantId}`)).statusCode).toBe(404);
    expect((await get(auditor, `/partners/${world.params.partnerId}`)).statusCode).toBe(404);
  });

  it('changes nothing: every state-changing route refuses, and no table but the log and the sessions changes', async () => {
    const counts = async () => {
      const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not in ('audit_event', 'audit_chain_head', 'staff_session', 'kysely_migration', 'kysely_migration_lock') order by table_name`.execute(database.kysely);
      const result: Record<string, number> = {};
      for (const { name } of tables.rows) result[name] = Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(database.kysely)).rows[0]!.n);
      return result;
    };
    const before = await counts();
    const routes = app.declaredRoutes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.url.startsWith('/api/v1/') && 'permission' in r.access);
    expect(routes.length).toBeGreaterThan(40);
    const allowed: string[] = [];
    for (const route of routes) {
      const { body, query } = sampleRequest(route.method, route.url, world.params);
      const response = await app.inject({ method: route.method as 'POST', url: `${fillParams(route.url, world.params)}${query ? `?${query}` : ''}`, headers: auditor.headers, payload: (body ?? {}) as object });
      if (![403, 404].includes(response.statusCode)) allowed.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    // The one POST that answers is a read: the directory printed as a PDF (its body lists the resources).
    expect(allowed).toEqual(['POST /api/v1/packs/resource-list: 200']);
    expect(await counts()).toEqual(before);
  });
});

describe("a partner's name opened to an auditor on a recorded legal basis", () => {
  it('is the partner-contact lead\'s to record, for a partner whose case the grant samples, once; then the auditor sees the name and nothing more', async () => {
    const lead = world.sessions.partner_contact_lead;
    const worldAuditor = world.sessions.auditor;
    const dropped = await database.kysely.selectFrom('partner').select('id').where('agency_id', '=', world.agencyId).where('participant_id', '=', world.params.participantId!).executeTakeFirstOrThrow();
    const url = `/partners/${dropped.id}/audits/${world.params.grantId}/opening`;
    const body = { legalBasis: 'court_order', reference: 'Superior Court order CV-26-0042' };
    const before = (await get(lead, `/partners/${dropped.id}/audits`)).json();
    expect(before.audits).toEqual(expect.arrayContaining([expect.objectContaining({ grantId: world.params.grantId, opening: null })]));
    const sampleUrl = `/audit-access/files/${world.params.participantId}`;
    expect((await get(worldAuditor, sampleUrl)).json().partnerContact[0].identity).toBeNull();
    // Nobody else may record it; a partner whose case is not sampled cannot be opened.
    for (const role of ['manager', 'partner_contact', 'auditor', 'facilitator'] as const) {
      expect((await post(world.sessions[role], url, body)).statusCode, role).toBe(404);
    }
    const notSampled = await post(lead, `/partners/${world.params.partnerId}/audits/${world.params.grantId}/opening`, body);
    expect([notSampled.statusCode, notSampled.json().code]).toEqual([422, 'auditAccess.partner_not_sampled']);
    const opened = await post(lead, url, body);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().audits.find((a: { grantId: string }) => a.grantId === world.params.grantId).opening).toMatchObject({ legalBasis: 'court_order', reference: 'Superior Court order CV-26-0042', recordedByName: expect.any(String) });
    expect((await post(lead, url, body)).statusCode).toBe(409);
    const sample = await get(worldAuditor, sampleUrl);
    const partner = sample.json().partnerContact[0];
    expect(partner.identity).toMatchObject({ legalBasis: 'court_order', fullName: expect.stringMatching(/^CANARY-DROPPED-/) });
    // The name only: no contact detail, note or partner id comes with it.
    for (const canary of world.canaries.filter((c) => !c.startsWith('CANARY-DROPPED-'))) expect(sample.body).not.toContain(canary);
    expect(sample.body).not.toContain(dropped.id);
    const events = await database.kysely.selectFrom('audit_event').select(['type', 'actor_user_id']).where('agency_id', '=', world.agencyId).where('subject_id', '=', dropped.id).execute();
    expect(events).toEqual(expect.arrayContaining([{ type: 'audit_access.partner_opened', actor_user_id: lead.userId }, { type: 'record.viewed', actor_user_id: worldAuditor.userId }]));
  });
});

describe('a grant ends', () => {
  it('when the manager ends it (version-checked): the next request has no access', async () => {
    const grant = (await post(manager, '/audit-grants', grantBody())).json();
    const stale = await post(manager, `/audit-grants/${grant.id}/end`, { version: grant.version + 1 });
    expect(stale.statusCode).toBe(409);
    // Several grants may be in force: end them all, newest first.
    const all = (await get(manager, '/audit-grants')).json().grants.filter((g: { auditor: { id: string }; status: string }) => g.auditor.id === auditor.userId && g.status === 'active');
    for (const g of all) expect((await post(manager, `/audit-grants/${g.id}/end`, { version: g.version })).statusCode).toBe(200);
    const again = await post(manager, `/audit-grants/${grant.id}/end`, { version: grant.version + 1 });
    expect([again.statusCode, again.json().code]).toEqual([422, 'auditAccess.already_over']);
    expect((await get(auditor, '/statistics')).statusCode).toBe(403);
    expect((await get(auditor, `/audit-access/files/${world.params.participantId}`)).statusCode).toBe(403);
    const listed = (await get(manager, '/audit-grants')).json().grants.find((g: { id: string }) => g.id === grant.id);
    expect(listed).toMatchObject({ status: 'ended', endedByName: expect.any(String) });
  });

  it('when its last day is over, and not before its first day', async () => {
    const now = clock.now();
    const twoDaysOn = new Date(now.getTime() + 2 * 86_400_000);
    // A session opened two days on (so it is fresh then); the grant runs from tomorrow for two days.
    const later = await givenStaffSession(database.kysely, world.agencyId, ['auditor'], twoDaysOn);
    await givenAuditGrant(database.kysely, world.agencyId, later.userId, [world.params.participantId!], now, { startsAt: new Date(now.getTime() + 86_400_000), endsAt: new Date(now.getTime() + 3 * 86_400_000) });
    expect((await get(later, '/statistics')).statusCode).toBe(403);
    clock.set(twoDaysOn);
    try {
      expect((await get(later, '/statistics')).statusCode).toBe(200);
    } finally {
      clock.set(now);
    }
    const expired = await givenStaffSession(database.kysely, world.agencyId, ['auditor'], now);
    await givenAuditGrant(database.kysely, world.agencyId, expired.userId, [world.params.participantId!], now, { startsAt: new Date(now.getTime() - 10 * 86_400_000), endsAt: new Date(now.getTime() - 1000) });
    expect((await get(expired, '/statistics')).statusCode).toBe(403);
  });
});
