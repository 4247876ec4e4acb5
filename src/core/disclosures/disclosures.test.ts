import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { Ctx } from '../shared/ctx.js';
import { approveDisclosure, refuseDisclosure } from './decide-disclosure.js';
import type { RecordDisclosureInput } from './disclosures.schema.js';
import type { DisclosureRecipient, LegalBasis } from './disclosures.tables.js';
import { getDisclosure } from './get-disclosure.js';
import { listDisclosures } from './list-disclosures.js';
import { listSafetyConcerns } from './list-safety-concerns.js';
import { markDisclosureMade } from './mark-disclosure-made.js';
import { recordDisclosure } from './record-disclosure.js';

/** Disclosures: the legal rules, the manager's gate for the Crown and probation, and the one-way concern. */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenWorld() {
  const agency = await givenAgency(database.kysely);
  const participant = await givenParticipant(database.kysely, agency.id, { givenName: 'Trevor', familyName: 'Sample' });
  const partnerId = randomUUID();
  await database.kysely
    .insertInto('partner')
    .values({ agency_id: agency.id, id: partnerId, participant_id: participant.id, full_name_encrypted: keyring.encrypt('Dana Partner', fieldContext('partner', 'full_name', agency.id, partnerId)) })
    .execute();
  const as = async (role: Role): Promise<Ctx> => {
    const user = await givenStaffUser(database.kysely, agency.id, `Staff ${role}`);
    return staffCtx(database.kysely, keyring, agency.id, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now });
  };
  return { agency, participant, partnerId, as };
}

const base = (overrides: Partial<RecordDisclosureInput> = {}): RecordDisclosureInput => ({
  recipient: 'police',
  legalBasis: 'risk_to_partner',
  summary: 'He said he would come to the house tonight.',
  crownWarningGiven: false,
  ...overrides,
});

const basisFor: Record<DisclosureRecipient, LegalBasis> = {
  crown: 'assault',
  probation: 'other_criminal_conduct',
  police: 'risk_to_partner',
  court: 'required_by_law',
  childrens_aid: 'child_abuse_or_neglect',
};

describe('recording a disclosure, recipient by recipient', () => {
  it.each([
    ['crown', 'pending_approval'],
    ['probation', 'pending_approval'],
    ['police', 'approved'],
    ['court', 'approved'],
    ['childrens_aid', 'approved'],
  ] as const)('to %s starts %s', async (recipient, status) => {
    const { partnerId, as } = await givenWorld();
    const worker = await as('partner_contact');
    const receipt = await recordDisclosure(worker, base({ partnerId, recipient, legalBasis: basisFor[recipient], crownWarningGiven: recipient === 'crown' || recipient === 'probation' }));
    expect(receipt).toEqual({ id: expect.any(String), recordedAt: now, status });
    const read = await getDisclosure(worker, receipt.id);
    expect(read).toMatchObject({ recipient, status, partnerId, raisedByTeam: 'partner_contact', approvalRequired: status === 'pending_approval', summary: 'He said he would come to the house tonight.' });
  });

  it.each(['police', 'court', 'childrens_aid'] as const)('to %s may be recorded as already made (the duty is immediate)', async (recipient) => {
    const { partnerId, as } = await givenWorld();
    const worker = await as('partner_contact');
    const receipt = await recordDisclosure(worker, base({ partnerId, recipient, legalBasis: basisFor[recipient], method: 'phone', madeAt: '2026-11-24T14:00:00.000Z' }));
    expect(receipt.status).toBe('made');
    expect(await getDisclosure(worker, receipt.id)).toMatchObject({ status: 'made', madeAt: '2026-11-24T14:00:00.000Z', method: 'phone', madeBy: { name: 'Staff partner_contact' } });
  });

  it('reports a child in danger to a Children’s Aid Society without any approval, and attaches the concern at once', async () => {
    const { participant, partnerId, as } = await givenWorld();
    const worker = await as('partner_contact');
    const receipt = await recordDisclosure(worker, base({ partnerId, recipient: 'childrens_aid', legalBasis: 'child_abuse_or_neglect', concernCategory: 'child_protection', concernOccurredOn: '2026-11-20' }));
    expect(receipt.status).toBe('approved');
    const made = await markDisclosureMade(worker, receipt.id, { version: 1, method: 'phone', madeAt: '2026-11-24T14:30:00.000Z' });
    expect(made.status).toBe('made');
    expect(await listSafetyConcerns(await as('manager'), participant.id)).toEqual([{ category: 'child_protection', occurredOn: '2026-11-20', attachedAt: now }]);
  });

  it('refuses bad combinations with field errors, recording nothing', async () => {
    const { agency, participant, partnerId, as } = await givenWorld();
    const worker = await as('partner_contact');
    const facilitator = await as('facilitator');
    const cases: [Ctx, RecordDisclosureInput, string, string][] = [
      [worker, base({ partnerId, recipient: 'childrens_aid', legalBasis: 'risk_to_child' }), 'body.legalBasis', 'child_protection_basis'],
      [worker, base({ partnerId, recipient: 'police', legalBasis: 'child_abuse_or_neglect' }), 'body.legalBasis', 'child_protection_recipient'],
      [worker, base({ partnerId, recipient: 'crown', legalBasis: 'assault', crownWarningGiven: false }), 'body.crownWarningGiven', 'crown_warning_required'],
      [worker, base({ partnerId, recipient: 'probation', legalBasis: 'assault', crownWarningGiven: true, method: 'fax', madeAt: '2026-11-24T10:00:00Z' }), 'body.madeAt', 'approval_first'],
      [worker, base({ partnerId, madeAt: '2026-11-24T10:00:00Z' }), 'body.method', 'method_required'],
      [worker, base({ partnerId, method: 'phone', madeAt: '2026-11-25T10:00:00Z' }), 'body.madeAt', 'future'],
      [worker, base({ partnerId, partnerToldOn: '2026-12-01' }), 'body.partnerToldOn', 'future'],
      [worker, base({ partnerId, concernOccurredOn: '2026-11-20' }), 'body.concernOccurredOn', 'category_required'],
      [worker, base({ participantId: participant.id }), 'body.partnerId', 'partner_required'],
      [facilitator, base({ participantId: participant.id, partnerId }), 'body.partnerId', 'partner_team_only'],
      [facilitator, base({}), 'body.participantId', 'participant_required'],
    ];
    for (const [ctx, input, path, reason] of cases) {
      await expect(recordDisclosure(ctx, input), `${path} ${reason}`).rejects.toMatchObject({ kind: 'invalid', issues: expect.arrayContaining([{ path, code: 'disclosure_rule', params: { reason } }]) });
    }
    const other = await givenParticipant(database.kysely, agency.id);
    await expect(recordDisclosure(worker, base({ partnerId, participantId: other.id }))).rejects.toMatchObject({ issues: [{ path: 'body.participantId', code: 'disclosure_rule', params: { reason: 'not_the_partners_participant' } }] });
    const rows = await database.kysely.selectFrom('disclosure').select('id').where('agency_id', '=', agency.id).execute();
    expect(rows).toEqual([]);
  });

  it('lets a facilitator record one through the drop box, and nothing more: no reading back, no partner', async () => {
    const { agency, participant, as } = await givenWorld();
    const facilitator = await as('facilitator');
    const receipt = await recordDisclosure(facilitator, base({ participantId: participant.id, recipient: 'crown', legalBasis: 'risk_to_partner', crownWarningGiven: true }));
    expect(Object.keys(receipt).sort()).toEqual(['id', 'recordedAt', 'status']);
    await expect(getDisclosure(facilitator, receipt.id)).rejects.toMatchObject({ kind: 'not_found' });
    const stored = await database.kysely.selectFrom('disclosure').select(['raised_by_team', 'partner_id', 'decided_by']).where('agency_id', '=', agency.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ raised_by_team: 'group_program', partner_id: null });
    const manager = await as('manager');
    expect((await listDisclosures(manager, { status: 'pending_approval' })).map((item) => item.id)).toEqual([receipt.id]);
  });

  it('answers 404 for a partner outside the compartment or another agency', async () => {
    const { partnerId } = await givenWorld();
    const elsewhere = await givenWorld();
    await expect(recordDisclosure(await elsewhere.as('partner_contact'), base({ partnerId }))).rejects.toMatchObject({ kind: 'not_found', code: 'partners.not_found' });
    await expect(recordDisclosure(await elsewhere.as('manager'), base({ participantId: (await givenWorld()).participant.id }))).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('is not for intake, finance, admin or the auditor', async () => {
    const { participant, as } = await givenWorld();
    for (const role of ['intake', 'finance', 'admin', 'auditor'] as const) {
      await expect(recordDisclosure(await as(role), base({ participantId: participant.id }))).rejects.toMatchObject({ kind: 'forbidden' });
    }
  });
});

describe('the manager’s gate for the Crown and probation', () => {
  async function pending(recipient: 'crown' | 'probation' = 'crown') {
    const world = await givenWorld();
    const worker = await world.as('partner_contact');
    const receipt = await recordDisclosure(worker, base({ partnerId: world.partnerId, recipient, legalBasis: 'assault', crownWarningGiven: true, concernCategory: 'assault', concernOccurredOn: '2026-11-21' }));
    return { ...world, worker, id: receipt.id };
  }

  it('keeps a pending disclosure from being made and from reaching the participant’s case', async () => {
    const { participant, worker, as, id } = await pending();
    await expect(markDisclosureMade(worker, id, { version: 1, method: 'fax', madeAt: now })).rejects.toMatchObject({ kind: 'rule_violation', code: 'disclosures.not_approved' });
    expect(await listSafetyConcerns(await as('manager'), participant.id)).toEqual([]);
  });

  it('needs the manager to approve: the partner-contact team cannot', async () => {
    const { worker, as, id } = await pending('probation');
    await expect(approveDisclosure(worker, id, { version: 1 })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(approveDisclosure(await as('partner_contact_lead'), id, { version: 1 })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(approveDisclosure(await as('facilitator'), id, { version: 1 })).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('attaches the concern when the manager approves, then the worker marks it made', async () => {
    const { participant, worker, as, id } = await pending();
    const manager = await as('manager');
    const approved = await approveDisclosure(manager, id, { version: 1, note: 'Approved: imminent risk.' });
    expect(approved).toMatchObject({ status: 'approved', version: 2, approvedBy: { name: 'Staff manager' }, approvalNote: 'Approved: imminent risk.', partnerId: null, partnerOnFile: true });
    expect(await listSafetyConcerns(manager, participant.id)).toEqual([{ category: 'assault', occurredOn: '2026-11-21', attachedAt: now }]);
    const made = await markDisclosureMade(worker, id, { version: 2, method: 'fax', madeAt: '2026-11-24T14:59:00Z', partnerToldOn: '2026-11-24' });
    expect(made).toMatchObject({ status: 'made', method: 'fax', partnerToldOn: '2026-11-24', version: 3 });
    await expect(markDisclosureMade(worker, id, { version: 3, method: 'fax', madeAt: now })).rejects.toMatchObject({ code: 'disclosures.not_approved' });
    // Made once, attached once.
    expect(await listSafetyConcerns(manager, participant.id)).toHaveLength(1);
  });

  it('refuses: never made, nothing attached', async () => {
    const { participant, worker, as, id } = await pending();
    const manager = await as('manager');
    expect(await refuseDisclosure(manager, id, { version: 1, note: 'Not a legal basis here.' })).toMatchObject({ status: 'refused', refusedBy: { name: 'Staff manager' } });
    await expect(markDisclosureMade(worker, id, { version: 2, method: 'fax', madeAt: now })).rejects.toMatchObject({ code: 'disclosures.not_approved' });
    await expect(approveDisclosure(manager, id, { version: 2 })).rejects.toMatchObject({ code: 'disclosures.not_pending' });
    expect(await listSafetyConcerns(manager, participant.id)).toEqual([]);
  });

  it('refuses a decision from a stale version (409), and approving what has no gate', async () => {
    const { partnerId, worker, as, id } = await pending();
    const manager = await as('manager');
    await expect(approveDisclosure(manager, id, { version: 7 })).rejects.toMatchObject({ kind: 'conflict', code: 'disclosures.stale_disclosure' });
    await approveDisclosure(manager, id, { version: 1 });
    await expect(refuseDisclosure(manager, id, { version: 1 })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(markDisclosureMade(worker, id, { version: 1, method: 'fax', madeAt: now })).rejects.toMatchObject({ kind: 'conflict' });
    const police = await recordDisclosure(worker, base({ partnerId }));
    await expect(approveDisclosure(manager, police.id, { version: 1 })).rejects.toMatchObject({ kind: 'rule_violation', code: 'disclosures.not_pending' });
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const { as, id } = await pending();
    const [a, b] = [await as('manager'), await as('manager')];
    const results = await Promise.allSettled([approveDisclosure(a, id, { version: 1 }), refuseDisclosure(b, id, { version: 1 })]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});

describe('what crosses to the participant side', () => {
  it('is a category and a day: the summary is in no concern, no list, no audit detail, and stored only encrypted', async () => {
    const { agency, participant, partnerId, as } = await givenWorld();
    const canary = `CANARY-SUMMARY-${randomUUID()}`;
    const worker = await as('partner_contact');
    const manager = await as('manager');
    const crown = await recordDisclosure(worker, base({ partnerId, recipient: 'crown', legalBasis: 'assault', crownWarningGiven: true, summary: canary, concernCategory: 'threat_to_partner' }));
    await approveDisclosure(manager, crown.id, { version: 1, note: canary });
    await recordDisclosure(worker, base({ partnerId, summary: canary, concernCategory: 'breach_of_order', method: 'phone', madeAt: now }));
    const concerns = await database.kysely.selectFrom('case_safety_concern').selectAll().where('agency_id', '=', agency.id).execute();
    expect(concerns.map((row) => row.category).sort()).toEqual(['breach_of_order', 'threat_to_partner']);
    expect(JSON.stringify(concerns)).not.toContain(canary);
    for (const role of ['facilitator', 'intake', 'manager', 'finance'] as const) {
      const seen = await listSafetyConcerns(await as(role), participant.id);
      expect(seen).toHaveLength(2);
      expect(JSON.stringify(seen)).not.toContain(canary);
      expect(Object.keys(seen[0]!).sort()).toEqual(['attachedAt', 'category', 'occurredOn']);
    }
    expect(JSON.stringify(await listDisclosures(manager, {}))).not.toContain(canary);
    const stored = await database.kysely.selectFrom('disclosure').selectAll().where('agency_id', '=', agency.id).execute();
    expect(JSON.stringify(stored)).not.toContain(canary);
    const audit = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('agency_id', '=', agency.id).execute();
    expect(JSON.stringify(audit)).not.toContain(canary);
    expect(audit.map((event) => event.type)).toEqual(expect.arrayContaining(['disclosure.recorded', 'disclosure.approved', 'record.viewed']));
  });

  it('shows the participant’s name to the manager, and to no one the partner (list and detail)', async () => {
    const { partnerId, as } = await givenWorld();
    const worker = await as('partner_contact');
    const receipt = await recordDisclosure(worker, base({ partnerId }));
    const [forManager] = await listDisclosures(await as('manager'), {});
    expect(forManager).toMatchObject({ id: receipt.id, participantName: 'Trevor Sample', partnerOnFile: true });
    expect(JSON.stringify(forManager)).not.toContain(partnerId);
    expect(JSON.stringify(await getDisclosure(await as('manager'), receipt.id))).not.toContain(partnerId);
    const [forWorker] = await listDisclosures(worker, {});
    expect(forWorker).toMatchObject({ participantName: null, partnerOnFile: true });
    expect(JSON.stringify(forWorker)).not.toContain('Dana Partner');
    expect((await getDisclosure(worker, receipt.id)).partnerId).toBe(partnerId);
    const events = await database.kysely.selectFrom('audit_event').select(['type', 'subject_id']).where('type', '=', 'disclosure.viewed').where('subject_id', '=', receipt.id).execute();
    expect(events).toHaveLength(2);
  });

  it('filters the list by status and participant', async () => {
    const { participant, partnerId, as } = await givenWorld();
    const worker = await as('partner_contact');
    const police = await recordDisclosure(worker, base({ partnerId }));
    const crown = await recordDisclosure(worker, base({ partnerId, recipient: 'crown', legalBasis: 'assault', crownWarningGiven: true }));
    expect((await listDisclosures(worker, { status: 'pending_approval' })).map((item) => item.id)).toEqual([crown.id]);
    expect((await listDisclosures(worker, { status: 'approved' })).map((item) => item.id)).toEqual([police.id]);
    expect((await listDisclosures(worker, { participantId: participant.id })).map((item) => item.id).sort()).toEqual([police.id, crown.id].sort());
  });
});
