import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor } from '../core/access/index.js';
import { testKeyring } from '../core/audit/testing/staff-ctx.js';
import { getParticipantReport, listReportWorklist } from '../core/reports/index.js';
import { findGrantInForce, getMyAuditAccess, getSampleFile } from '../core/audit-access/index.js';
import type { Ctx } from '../core/shared/ctx.js';
import { scopeToAgency } from './scoped-database.js';
import { seedDemo } from './seed-demo.js';
import { openTestDatabase, type TestDatabase } from './testing/test-database.js';

let database: TestDatabase;
let manager: Ctx;
const keyring = testKeyring();
beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
  const { agencyId } = await seedDemo(database.kysely, keyring);
  await seedDemo(database.kysely, keyring);
  const user = await database.kysely.selectFrom('app_user').select('id').where('email', '=', 'manager@demo.pars.test').executeTakeFirstOrThrow();
  manager = {
    actor: { kind: 'staff', userId: user.id, agencyId, roles: ['manager'], sessionId: randomUUID() },
    db: scopeToAgency(database.kysely, agencyId, { compartments: compartmentsFor(['manager']) }),
    keyring,
    now: new Date(),
    locale: 'en-CA',
    requestId: 'demo-reports',
  };
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe('the demo reports', () => {
  it('show one report acknowledged, one signed and not sent, one overdue, and the cases closed today waiting for theirs', async () => {
    const all = await listReportWorklist(manager, { show: 'all' });
    const by = (name: string) => all.find((item) => item.participantName === name);
    expect(all.filter((item) => item.participantName === 'Kevin Marchand')).toHaveLength(1);
    expect(by('Kevin Marchand')).toMatchObject({ kind: 'completion', state: 'acknowledged', isOverdue: false, isAckOverdue: false });
    expect(by('Sylvain Roy')).toMatchObject({ kind: 'completion', state: 'signed', isOverdue: false });
    expect(by('Brandon Kelly')).toMatchObject({ kind: 'non_completion', state: 'not_started', isOverdue: true });
    expect(by('Omar Haddou')).toMatchObject({ kind: 'completion', state: 'not_started', isOverdue: false });
    expect(by('Daniel Akers')).toMatchObject({ kind: 'non_completion', state: 'not_started', isOverdue: false });
    const open = await listReportWorklist(manager, { show: 'open' });
    expect(open.map((item) => item.participantName)).not.toContain('Kevin Marchand');
    const sylvain = await getParticipantReport(manager, by('Sylvain Roy')!.participantId);
    expect(sylvain.report).toMatchObject({ language: 'fr', status: 'signed', content: { signature: { name: 'Daniel Okafor' }, attendance: { credited: 12, required: 12 } } });
  });
});

describe('the demo audit', () => {
  it('gives the auditor a grant in force on three files: a reported case and two followed by Partner Contact, de-identified', async () => {
    const auditor = await database.kysely.selectFrom('app_user').select(['id', 'agency_id']).where('email', '=', 'auditor@demo.pars.test').executeTakeFirstOrThrow();
    const grant = await scopeToAgency(database.kysely, auditor.agency_id).transaction((trx) => findGrantInForce(trx, auditor.id, new Date()));
    expect(grant).toBeDefined();
    const ctx: Ctx = { ...manager, actor: { kind: 'staff', userId: auditor.id, agencyId: auditor.agency_id, roles: ['auditor'], sessionId: randomUUID(), auditAccess: { grantId: grant!.id, endsAt: grant!.endsAt } }, db: scopeToAgency(database.kysely, auditor.agency_id, { compartments: ['audit'] }) };
    const mine = await getMyAuditAccess(ctx, database.kysely);
    expect(mine.files).toHaveLength(3);
    expect(mine.files.map((f) => f.name)).toContain('Kevin Marchand');
    const files = await Promise.all(mine.files.map((f) => getSampleFile(ctx, database.kysely, f.participantId)));
    expect(files.filter((f) => f.partnerContact.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => f.partnerContact.some((p) => p.contacts.length > 0))).toBe(true);
    expect(files.find((f) => f.file.givenName === 'Kevin')!.reports).toEqual([expect.objectContaining({ status: 'sent', acknowledgedOn: expect.any(String) })]);
  });
});
