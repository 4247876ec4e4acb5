import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../../core/audit/testing/staff-ctx.js';
import { givenPartner } from '../../core/partners/testing/given-partner.js';
import { givenClosedCase } from '../../core/reports/testing/given-closed-case.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * Requests that race (issue #10's fault tests, the in-process part): many saves of one version
 * of a record, and many submits of one form (one idempotency key), sent at the same moment.
 * `npm run faults` runs the same against a real server on both dialects, with kill -9.
 */
const keyring = testKeyring();
const racers = 12;
let database: TestDatabase;
let app: FastifyInstance;
let agencyId: string;
let intake: StaffSession;
let manager: StaffSession;
let lead: StaffSession;
let openCase: { participantId: string };

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = await buildTestServer(database, {}, undefined, { keyring }));
  agencyId = (await givenAgency(database.kysely)).id;
  const now = new Date('2026-11-21T15:00:00Z');
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], now);
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], now);
  lead = await givenStaffSession(database.kysely, agencyId, ['partner_contact_lead'], now);
  openCase = await givenClosedCase(database.kysely, keyring, agencyId, { state: 'active', marks: ['present', 'present'] });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': 'en-CA' }, ...(payload === undefined ? {} : { payload: payload as object }) });

async function race(who: StaffSession, url: string, bodyOf: (i: number) => unknown) {
  const answers = await Promise.all(Array.from({ length: racers }, (_, i) => call(who, 'PUT', url, bodyOf(i))));
  const winners = answers.flatMap((answer, i) => (answer.statusCode === 200 ? [i] : []));
  return { winners, conflicts: answers.filter((answer) => answer.statusCode === 409).map((answer) => answer.json().code as string) };
}

describe('one version, many saves at once', () => {
  it("a participant's details: one save wins, the others get a conflict, and the winner's values are stored", async () => {
    const url = `/participants/${openCase.participantId}`;
    const read = (await call(intake, 'GET', url)).json();
    const { winners, conflicts } = await race(intake, url, (i) => ({ givenName: `Racer${i}`, familyName: read.familyName, dateOfBirth: read.dateOfBirth, gender: read.gender, groupGender: read.groupGender, language: read.language, version: read.version }));
    expect(winners).toHaveLength(1);
    expect(conflicts).toEqual(Array(racers - 1).fill('participants.stale_record'));
    const after = (await call(intake, 'GET', url)).json();
    expect(after).toMatchObject({ version: read.version + 1, givenName: `Racer${winners[0]}` });
  });

  it("a partner's details: one save wins, the others get a conflict", async () => {
    const partner = await givenPartner(database.kysely, keyring, agencyId, { fullName: 'Robin Example', relationship: 'former_partner', childrenAges: [4] });
    const url = `/partners/${partner.id}`;
    const read = (await call(lead, 'GET', url)).json();
    const { winners, conflicts } = await race(lead, url, (i) => ({ fullName: `Racer Partner ${i}`, relationship: 'former_partner', language: null, childrenAges: [4], version: read.version }));
    expect(winners).toHaveLength(1);
    expect(conflicts).toEqual(Array(racers - 1).fill('partners.stale_partner'));
    expect((await call(lead, 'GET', url)).json()).toMatchObject({ version: read.version + 1, fullName: `Racer Partner ${winners[0]}` });
  });
});

describe('one form submitted many times at once (one idempotency key)', () => {
  const countOf = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(database.kysely)).rows[0]!.n);

  it('a referral naming a partner: one referral, one partner, one audit event, and every answer names it', async () => {
    const key = `race-${randomUUID()}`;
    const body = {
      idempotencyKey: key,
      participant: { givenName: 'Casey', familyName: `Race-${key.slice(-8)}`, dateOfBirth: '1985-02-03', gender: 'man', groupGender: 'men', language: 'en' },
      referral: { source: 'court', stream: 'early_intervention' },
      partners: [{ fullName: 'Jamie Example', relationship: 'former_partner' }],
    };
    const answers = await Promise.all(Array.from({ length: racers }, () => call(intake, 'POST', '/referrals', body)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([...Array(racers - 1).fill(200), 201]);
    const ids = new Set(answers.map((answer) => answer.json().referralId as string));
    expect(ids.size).toBe(1);
    const [referralId] = [...ids];
    expect(await countOf(sql`select count(*)::text as n from referral where idempotency_key = ${key}`)).toBe(1);
    expect(await countOf(sql`select count(*)::text as n from partner_handoff where referral_id = ${referralId}`)).toBe(1);
    expect(await countOf(sql`select count(*)::text as n from partner p join referral r on r.participant_id = p.participant_id where r.id = ${referralId}`)).toBe(1);
    expect(await countOf(sql`select count(*)::text as n from audit_event where type = 'referral.received' and details->>'referralId' = ${referralId}`)).toBe(1);
  });

  it('an interim notice sent by email: one notice, one outbox message, one audit event, and every answer names it (never a 500)', async () => {
    const key = `race-${randomUUID()}`;
    const body = { reason: 'threat', eventOn: '2026-11-20', language: 'en', signedName: 'Daniel Okafor', confirm: true, delivery: { method: 'email', to: 'probation.office@example.org' }, idempotencyKey: key };
    const answers = await Promise.all(Array.from({ length: racers }, () => call(manager, 'POST', `/participants/${openCase.participantId}/referral-notices`, body)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(racers).fill(answers[0]!.statusCode));
    expect(answers[0]!.statusCode).toBeLessThan(300);
    const ids = new Set(answers.map((answer) => answer.json().id as string));
    expect(ids.size).toBe(1);
    const [noticeId] = [...ids];
    expect(await countOf(sql`select count(*)::text as n from referral_notice where idempotency_key = ${key}`)).toBe(1);
    expect(await countOf(sql`select count(*)::text as n from outbox_message where idempotency_key = ${`referral-notice:${noticeId}`}`)).toBe(1);
    expect(await countOf(sql`select count(*)::text as n from audit_event where type = 'report.notice_sent' and details->>'noticeId' = ${noticeId}`)).toBe(1);
  });
});
