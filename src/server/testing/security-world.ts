import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { compartmentsFor, type Role, roles } from '../../core/access/index.js';
import { createCalendarFeed } from '../../core/groups/calendar-feed.js';
import { ReceiveReferralInput, receiveReferral, uploadReferralDocument } from '../../core/referrals/index.js';
import type { Ctx } from '../../core/shared/index.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { givenAgency, givenSite } from '../../db/testing/factories.js';
import { givenStaffSession, type StaffSession } from './given-staff-session.js';
import { givenClosedCase } from '../../core/reports/testing/given-closed-case.js';
import { givenAuditGrant } from '../../core/audit-access/testing/given-audit-grant.js';

/** One agency with a record behind every kind of route parameter, and a session per role. */
export interface SecurityWorld {
  agencyId: string;
  /** Values for route parameters, by parameter name (`:userId`, `:partnerId` …). */
  params: Record<string, string>;
  sessions: Record<Role | 'none', StaffSession>;
  /** Unique strings planted in partner data: none may ever reach a non-partner-contact role. */
  canaries: string[];
}

/**
 * Builds the world the security suites sweep. A new route whose parameter has no fixture here
 * fails the suites with a message naming the parameter: add the record it needs below.
 */
export async function givenSecurityWorld(db: Kysely<DB>, keyring: Keyring, now: Date): Promise<SecurityWorld> {
  const agency = await givenAgency(db);
  const canary = `CANARY-PARTNER-${randomUUID()}`;
  const partnerId = randomUUID();
  await db
    .insertInto('partner')
    .values({ agency_id: agency.id, id: partnerId, full_name_encrypted: keyring.encrypt(canary, fieldContext('partner', 'full_name', agency.id, partnerId)) })
    .execute();
  // A contact preference of that partner (an email only the partner team may ever see).
  const preferenceId = randomUUID();
  const preferenceCanary = `canary-pref-${randomUUID()}@example.org`;
  await db
    .insertInto('contact_preference')
    .values({ agency_id: agency.id, id: preferenceId, partner_id: partnerId, channel: 'email', value_encrypted: keyring.encrypt(preferenceCanary, fieldContext('contact_preference', 'value', agency.id, preferenceId)) })
    .execute();
  const site = await givenSite(db, agency.id, { name: 'Sudbury', timeZone: 'America/Toronto' });
  const sessions = {} as Record<Role | 'none', StaffSession>;
  for (const role of roles) sessions[role] = await givenStaffSession(db, agency.id, [role], now);
  sessions.none = await givenStaffSession(db, agency.id, [], now);
  const target = await givenStaffSession(db, agency.id, ['facilitator'], now);
  // A referral received through the real use case: its partner goes through the drop box.
  const intake = sessions.intake;
  const ctx: Ctx = {
    actor: { kind: 'staff', userId: intake.userId, agencyId: agency.id, roles: ['intake'], sessionId: randomUUID() },
    db: scopeToAgency(db, agency.id, { compartments: compartmentsFor(['intake']) }),
    keyring,
    now,
    locale: 'en-CA',
    requestId: 'security-world',
  };
  const phoneDigits = String(Math.floor(Math.random() * 9000) + 1000);
  const partnerPhone = `+1416555${phoneDigits}`;
  const partnerAddress = `CANARY-ADDRESS-${randomUUID()}`;
  const dropped = `CANARY-DROPPED-${randomUUID()}`;
  const receipt = await receiveReferral(ctx, ReceiveReferralInput.parse({
    idempotencyKey: `world-${randomUUID()}`,
    participant: { givenName: 'Jordan', familyName: 'Sample', dateOfBirth: '1985-04-12', gender: 'man', groupGender: 'men', language: 'en' },
    referral: { source: 'court', stream: 'early_intervention', courtFileNumber: `CF-${phoneDigits}` },
    conditions: [{ kind: 'no_contact', withWhom: 'the complainant' }],
    partners: [{ fullName: dropped, relationship: 'victim', phone: partnerPhone, address: partnerAddress, childrenAges: [4, 9] }],
  }));
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const document = await uploadReferralDocument(ctx, { referralId: receipt.referralId, receive: async () => ({ kind: 'court_order', fileName: 'order.pdf', bytes: pdf }) });
  // The program: a stream, a group led by the world's facilitator, a session today, the participant in it.
  const stream = await db.insertInto('program_stream').values({ agency_id: agency.id, code: 'men-en', name: "Men's group", name_fr: 'Groupe pour hommes', policy: {} }).returning('id').executeTakeFirstOrThrow();
  const group = await db
    .insertInto('group_cycle')
    .values({ agency_id: agency.id, stream_id: stream.id, name: 'Tuesday evening', site_id: site.id, weekday: 2, start_time: '18:30', time_zone: 'America/Toronto', start_date: now.toISOString().slice(0, 10), capacity: 12, facilitator_1: sessions.facilitator.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const groupSession = await db
    .insertInto('group_session')
    .values({ agency_id: agency.id, group_id: group.id, number: 1, topic_position: 1, starts_at: now, local_date: now.toISOString().slice(0, 10), minutes: 120 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('enrolment').values({ agency_id: agency.id, participant_id: receipt.participantId, group_id: group.id, enrolled_at: now }).execute();
  const concern = await db
    .insertInto('session_concern')
    .values({ agency_id: agency.id, session_id: groupSession.id, participant_id: receipt.participantId, kind: 'non_compliance', severity: 'low', recorded_at: now, recorded_by: sessions.facilitator.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The world's facilitator subscribes to their calendar: the public feed route's fixture is its real address.
  const facilitatorCtx: Ctx = { ...ctx, actor: { kind: 'staff', userId: sessions.facilitator.userId, agencyId: agency.id, roles: ['facilitator'], sessionId: randomUUID() }, db: scopeToAgency(db, agency.id, { compartments: compartmentsFor(['facilitator']) }) };
  const feedToken = (await createCalendarFeed(facilitatorCtx)).url.split('/').pop()!;
  // The directory: one resource, given to the partner (a partner-compartment row whose id must never reach the participant side).
  const resource = await db.insertInto('resource').values({ agency_id: agency.id, key: 'world-line', name: 'World line', categories: ['crisis_line'] }).returning('id').executeTakeFirstOrThrow();
  const givenToPartner = await db
    .insertInto('resource_referral_partner')
    .values({ agency_id: agency.id, resource_id: resource.id, partner_id: partnerId, given_on: now.toISOString().slice(0, 10) })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Partner Contact: a mail address the partner confirmed safe today, a letter sent to it and its contact record (notes are a canary).
  const mailId = randomUUID();
  const mailCanary = `CANARY-MAIL-${randomUUID()}`;
  await db
    .insertInto('contact_preference')
    .values({ agency_id: agency.id, id: mailId, partner_id: partnerId, channel: 'mail', value_encrypted: keyring.encrypt(mailCanary, fieldContext('contact_preference', 'value', agency.id, mailId)), safe: true, confirmed_on: now.toISOString().slice(0, 10) })
    .execute();
  const letterId = randomUUID();
  await db.insertInto('partner_letter').values({ agency_id: agency.id, id: letterId, partner_id: partnerId, preference_id: mailId, kind: 'introduction', language: 'en', produced_at: now }).execute();
  const contactId = randomUUID();
  const notesCanary = `CANARY-NOTES-${randomUUID()}`;
  await db
    .insertInto('contact_record')
    .values({ agency_id: agency.id, id: contactId, partner_id: partnerId, kind: 'letter', preference_id: mailId, occurred_at: now, letter_id: letterId, idempotency_key: randomUUID(), notes_encrypted: keyring.encrypt(notesCanary, fieldContext('contact_record', 'notes', agency.id, contactId)) })
    .execute();
  // The partner's safety plan (its content is a canary) and a disclosure about them waiting for the manager (its
  // summary is not a canary: the manager reads it; disclosure-routes.test.ts checks it reaches no one else).
  const planId = randomUUID();
  const planCanary = `CANARY-PLAN-${randomUUID()}`;
  await db
    .insertInto('safety_plan')
    .values({ agency_id: agency.id, id: planId, partner_id: partnerId, version: 1, wanted: true, content_encrypted: keyring.encrypt(JSON.stringify({ safePlace: planCanary, codeWord: planCanary }), fieldContext('safety_plan', 'content', agency.id, planId)) })
    .execute();
  const disclosureId = randomUUID();
  await db
    .insertInto('disclosure')
    .values({ agency_id: agency.id, id: disclosureId, participant_id: receipt.participantId, partner_id: partnerId, raised_by_team: 'partner_contact', recipient: 'crown', legal_basis: 'assault', summary_encrypted: keyring.encrypt(`CANARY-DISCLOSED-${randomUUID()}`, fieldContext('disclosure', 'summary', agency.id, disclosureId)), status: 'pending_approval', concern_category: 'assault', crown_warning_given: true, decided_at: now })
    .execute();
  // Fees: the stream's schedule, a program charge and a payment with receipt 1.
  const scheduleId = randomUUID();
  await db.insertInto('fee_schedule').values({ agency_id: agency.id, id: scheduleId, stream_id: stream.id, version: 1, effective_from: '2026-01-01', private_session_fee_cents: 12_500 }).execute();
  await db.insertInto('fee_band').values({ agency_id: agency.id, schedule_id: scheduleId, position: 1, min_household_size: 1, max_income_cents: null, total_fee_cents: 60_000 }).execute();
  await db
    .insertInto('ledger_entry')
    .values([
      { agency_id: agency.id, id: randomUUID(), participant_id: receipt.participantId, kind: 'charge', charge_type: 'program_fee', amount_cents: 60_000, effective_on: '2026-01-05', idempotency_key: `world-${randomUUID()}`, recorded_at: now },
      { agency_id: agency.id, id: randomUUID(), participant_id: receipt.participantId, kind: 'payment', method: 'cash', amount_cents: -5_000, effective_on: '2026-01-05', receipt_number: 1, idempotency_key: `world-${randomUUID()}`, recorded_at: now },
    ])
    .execute();
  await db.insertInto('receipt_sequence').values({ agency_id: agency.id, last_number: 1 }).execute();
  // Completion reports: a completed case with a draft report on it.
  const closed = await givenClosedCase(db, keyring, agency.id, { givenName: 'Casey', familyName: 'Closed' });
  const reportId = randomUUID();
  await db
    .insertInto('court_report')
    .values({ agency_id: agency.id, id: reportId, participant_id: closed.participantId, transition_id: closed.transitionId, kind: 'completion', language: 'en', observations_encrypted: null, content_encrypted: null, signed_name: null, signed_on: null, signed_at: null, signed_by: null, created_at: now, created_by: null, updated_at: now, updated_by: null })
    .execute();
  // An interim notice sent about that case's participant before it closed (its content as sent).
  const noticeId = randomUUID();
  const noticeContent = {
    reason: 'threat', eventOn: '2026-11-02', agency: { name: agency.name, nameFr: agency.name }, participant: { name: 'Casey Closed', dateOfBirth: '1985-04-12' }, referral: null,
    program: { name: "Men's group", nameFr: 'Groupe pour hommes', groupName: null, startedOn: null },
    attendance: { attended: 6, credited: 6, required: 12, excused: 0, unexcused: 0, refusedEntry: 0, leftEarly: 0, lates: 0, madeUp: 0 },
    reasonCode: null, details: null, signature: { name: 'Dana Manager', signedOn: '2026-11-02' },
  };
  await db
    .insertInto('referral_notice')
    .values({ agency_id: agency.id, id: noticeId, participant_id: closed.participantId, reason: 'threat', event_on: '2026-11-02', language: 'en', content_encrypted: keyring.encrypt(JSON.stringify(noticeContent), fieldContext('referral_notice', 'content', agency.id, noticeId)), signed_name: 'Dana Manager', signed_on: '2026-11-02', signed_at: now, method: 'fax', delivered_on: '2026-11-02', idempotency_key: `world-${noticeId}` })
    .execute();
  // The auditor works under a manager's grant in force that samples the participant whose partner holds the canaries.
  const { grantId } = await givenAuditGrant(db, agency.id, sessions.auditor.userId, [receipt.participantId, closed.participantId], now, { grantedBy: sessions.manager.userId });
  return {
    agencyId: agency.id,
    params: { grantId, scheduleId, receiptNumber: '1', disclosureId, version: '1', feedToken, userId: target.userId, partnerId, participantId: receipt.participantId, referralId: receipt.referralId, documentId: document.id, siteId: site.id, streamId: stream.id, groupId: group.id, sessionId: groupSession.id, day: '2026-12-25', concernId: concern.id, resourceId: resource.id, preferenceId, letterId, reportId, noticeId, clock: 'first_partner_contact' },
    sessions,
    canaries: [planCanary, canary, dropped, partnerAddress, partnerPhone, givenToPartner.id, preferenceCanary, mailCanary, notesCanary, contactId],
  };
}

/** A route URL with its parameters filled from the world's fixtures. */
export function fillParams(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`No fixture for route parameter :${name} (${url}): add one in security-world.ts`);
    return value;
  });
}

/**
 * Query strings and bodies that pass validation, for sweeps that must reach the use case
 * (cross-agency ids must meet the database, not the validator). Keyed by "METHOD url".
 */
export function sampleRequest(method: string, url: string, params: Record<string, string>): { query?: string; body?: unknown } {
  const samples: Record<string, { query?: string; body?: unknown }> = {
    'GET /api/v1/audit/record-views': { query: `subjectType=partner&subjectId=${params.partnerId}` },
    'PUT /api/v1/users/:userId/roles': { body: { roles: ['facilitator'], version: 1 } },
    'POST /api/v1/users/:userId/disable': { body: { version: 1 } },
    'POST /api/v1/users/:userId/enable': { body: { version: 1 } },
    'POST /api/v1/users/:userId/second-factor/reset': { body: { version: 1 } },
    'POST /api/v1/users/:userId/unlock': { body: { version: 1 } },
    'POST /api/v1/participants/:participantId/intake-appointment': { body: { mode: 'phone', siteId: params.siteId, startsAtLocal: '2027-01-05T10:00', version: 1 } },
    'POST /api/v1/participants/:participantId/assessments': { body: { answers: { substanceUse: 'none', mentalHealthScreen: 'no_concerns' }, suitability: 'suitable', version: 1 } },
    'POST /api/v1/participants/:participantId/consents': { body: { kind: 'participant_agreement', method: 'typed_name', signedName: 'Jordan Sample' } },
    'POST /api/v1/referrals/:referralId/decision': { body: { decision: 'accept', version: 1 } },
    'PUT /api/v1/participants/:participantId/income': { body: { householdSize: 2, annualIncomeCents: 4_200_000, version: 0 } },
    'POST /api/v1/participants/:participantId/transitions': { body: { transition: 'withdraw', reason: 'moved away', version: 1 } },
    'PUT /api/v1/participants/:participantId': { body: { givenName: 'Jordan', familyName: 'Sample', dateOfBirth: '1990-01-01', gender: 'man', groupGender: 'men', language: 'en', version: 1 } },
    'POST /api/v1/streams': { body: { code: 'women-fr', name: "Women's group (French)", nameFr: 'Groupe pour femmes (français)' } },
    'PUT /api/v1/streams/:streamId': { body: { name: "Men's group", nameFr: 'Groupe pour hommes', policy: {}, version: 1 } },
    'PUT /api/v1/streams/:streamId/curriculum': { body: { topics: [{ title: 'What abuse is', titleFr: 'Ce qu’est la violence' }], version: 1 } },
    'PUT /api/v1/holidays/:day': { body: { name: 'Christmas Day', nameFr: 'Noël' } },
    'POST /api/v1/groups': { body: { streamId: params.streamId, name: 'Thursday morning', siteId: params.siteId, weekday: 4, startTime: '10:00', startDate: '2027-01-07' } },
    'PUT /api/v1/groups/:groupId': { body: { name: 'Tuesday evening', capacity: 12, facilitatorIds: [], status: 'open', version: 1 } },
    'POST /api/v1/groups/:groupId/sessions': { body: { count: 2 } },
    'POST /api/v1/groups/:groupId/sessions/:sessionId/cancel': { body: { reason: 'Snowstorm', version: 1 } },
    'POST /api/v1/groups/:groupId/sessions/:sessionId/reschedule': { body: { startsAtLocal: '2030-01-08T18:30', version: 1 } },
    'POST /api/v1/participants/:participantId/placement': { body: { groupId: params.groupId, version: 1 } },
    'POST /api/v1/participants/:participantId/pending-discharge': { body: { reasonCode: 'non_attendance', reason: 'Two unexcused absences', version: 1 } },
    'PUT /api/v1/participants/:participantId/completion-review': { body: { outcome: 'met' } },
    'PUT /api/v1/participants/:participantId/reminders': { body: { optIn: false } },
    'POST /api/v1/users/:userId/password': { body: { password: 'Another-Long-Passphrase-5', version: 1 } },
    'PUT /api/v1/sessions/:sessionId/marks': { body: { marks: [{ participantId: params.participantId, status: 'present' }] } },
    'POST /api/v1/sessions/:sessionId/make-ups': { body: { participantId: params.participantId, status: 'present' } },
    'POST /api/v1/sessions/:sessionId/concerns': { body: { participantId: params.participantId, kind: 'non_compliance', severity: 'low' } },
    'POST /api/v1/sessions/:sessionId/notes': { body: { text: 'The group talked about respect.' } },
    'POST /api/v1/concerns/:concernId/acknowledge': { body: {} },
    'POST /api/v1/resources': { body: { key: 'sudbury-line', name: 'Sudbury line', categories: ['crisis_line'], phones: [{ kind: 'voice', dial: '705-555-0100', display: '705-555-0100' }] } },
    'PUT /api/v1/resources/:resourceId': { body: { key: 'world-line', name: 'World line', categories: ['crisis_line'], version: 1 } },
    'POST /api/v1/resources/:resourceId/retire': { body: { version: 1 } },
    'POST /api/v1/resources/:resourceId/restore': { body: { version: 1 } },
    'POST /api/v1/resources/import': { body: { contents: [] } },
    'POST /api/v1/packs/resource-list': { body: { lang: 'fr', resourceIds: [params.resourceId] } },
    'PUT /api/v1/participants/:participantId/workbook': { body: { relationshipValues: [{ text: 'Respect' }], warningSigns: [], accountabilityActions: [], version: 0 } },
    'PUT /api/v1/partners/:partnerId/safety-plan': { body: { wanted: false, baseVersion: 1 } },
    'POST /api/v1/disclosures': { body: { participantId: params.participantId, recipient: 'police', legalBasis: 'risk_to_other', summary: 'Sample disclosure', crownWarningGiven: false } },
    'POST /api/v1/disclosures/:disclosureId/approve': { body: { version: 1 } },
    'POST /api/v1/disclosures/:disclosureId/refuse': { body: { version: 1 } },
    'POST /api/v1/disclosures/:disclosureId/made': { body: { version: 1, method: 'phone', madeAt: '2026-01-05T15:00:00Z' } },
    'POST /api/v1/participants/:participantId/resource-referrals': { body: { resourceId: params.resourceId } },
    'POST /api/v1/partners/:partnerId/resource-referrals': { body: { resourceId: params.resourceId } },
    'POST /api/v1/partners/:partnerId/contacts': { body: { kind: 'in_person', initiatedBy: 'partner', occurredAt: '2026-11-20T15:00:00Z', topics: ['program_information'], idempotencyKey: '6f1f7d0e-3b7a-4c55-9d59-2f9f7a0c1a11' } },
    'POST /api/v1/partners/:partnerId/letters': { body: { language: 'en', idempotencyKey: '0b8e9a52-6a3c-4f7e-8d1b-5c2a9e4f7d22' } },
    'PUT /api/v1/partners/:partnerId': { body: { fullName: 'Sam Example', relationship: 'victim', language: 'en', childrenAges: [3], version: 1 } },
    'POST /api/v1/partners/:partnerId/preferences': { body: { channel: 'phone', value: '705-555-0123', safeTimes: 'Weekdays 9-11', safe: true, voicemailOk: false, confirmedOn: '2026-11-01' } },
    'PUT /api/v1/partners/:partnerId/preferences/:preferenceId': { body: { channel: 'email', value: 'sam@example.org', safe: true, confirmedOn: '2026-11-01', version: 1 } },
    'POST /api/v1/partners/:partnerId/preferences/:preferenceId/retire': { body: { version: 1 } },
    'POST /api/v1/partners/:partnerId/consents': { body: { decision: 'wishes_contact', decidedOn: '2026-11-01', how: 'phone' } },
    'POST /api/v1/fees/schedules': { body: { streamId: params.streamId, effectiveFrom: '2027-01-01', privateSessionFeeCents: 12_500, bands: [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 60_000 }] } },
    'PUT /api/v1/fees/settings': { body: { allowedCreditCents: 0 } },
    'POST /api/v1/participants/:participantId/fee-assessments': { body: { streamId: params.streamId } },
    'POST /api/v1/participants/:participantId/ledger-entries': { body: { kind: 'payment', idempotencyKey: 'world-sample-payment-1', amountCents: 1_000, method: 'cash', effectiveOn: '2026-01-06' } },
    'POST /api/v1/fees/periods/close': { body: { through: '2026-01-01' } },
    'POST /api/v1/participants/:participantId/court-report': { body: { language: 'en' } },
    'PUT /api/v1/court-reports/:reportId': { body: { version: 1, observations: 'Took part.' } },
    'POST /api/v1/court-reports/:reportId/sign': { body: { version: 1, signedName: 'Dana Manager', confirm: true } },
    'POST /api/v1/court-reports/:reportId/deliveries': { body: { method: 'fax', deliveredOn: '2026-01-05', idempotencyKey: 'world-report-delivery-1' } },
    'POST /api/v1/court-reports/:reportId/acknowledgement': { body: { acknowledgedOn: '2026-01-05', method: 'email' } },
    'POST /api/v1/participants/:participantId/referral-notices': { body: { reason: 'threat', eventOn: '2026-01-05', language: 'en', signedName: 'Dana Manager', confirm: true, delivery: { method: 'fax', deliveredOn: '2026-01-05' }, idempotencyKey: 'world-notice-0001' } },
    'PUT /api/v1/court-report-settings': { body: { dueBusinessDays: 5, ackEscalationBusinessDays: 10, streams: [] } },
    'POST /api/v1/audit-grants': { body: { auditorUserId: params.userId, purpose: 'Audit', startsOn: '2030-01-07', endsOn: '2030-01-31', participantIds: [params.participantId], idempotencyKey: 'world-audit-grant-1' } },
    'POST /api/v1/audit-grants/:grantId/end': { body: { version: 1 } },
    'POST /api/v1/partners/:partnerId/audits/:grantId/opening': { body: { legalBasis: 'court_order', reference: 'Order 2026-123' } },
  };
  return samples[`${method} ${url}`] ?? {};
}
