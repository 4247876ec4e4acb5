import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { Ctx } from '../shared/index.js';
import { RecordViews } from './audit.schema.js';
import { findRecordViews } from './find-record-views.js';
import { recordAudit } from './record-audit.js';
import { givenStaffUser, staffCtx, systemCtx, testKeyring } from './testing/staff-ctx.js';

const keyring = testKeyring();

describe('findRecordViews', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  const view = (ctx: Ctx, type: 'participant' | 'partner', id: string) =>
    ctx.db.transaction((trx) => recordAudit(ctx, trx, { type: 'record.viewed', subject: { type, id } }));

  it('lists who viewed a record, newest first, with display names, and audits the lookup itself', async () => {
    const agency = await givenAgency(database.kysely);
    const amira = await givenStaffUser(database.kysely, agency.id, 'Amira Haddad');
    const luc = await givenStaffUser(database.kysely, agency.id, 'Luc Gagnon');
    const participantId = randomUUID();
    const at = (userId: string, now: string) => staffCtx(database.kysely, keyring, agency.id, { userId, roles: ['facilitator'], compartments: ['participant'], now });
    await view(at(amira.id, '2026-03-01T14:00:00.000Z'), 'participant', participantId);
    await view(at(luc.id, '2026-03-02T09:30:00.000Z'), 'participant', participantId);
    await view(at(luc.id, '2026-03-02T10:00:00.000Z'), 'participant', randomUUID());
    const system = systemCtx(database.kysely, keyring, '2026-03-03T08:00:00.000Z');
    await system.db.transaction((trx) => recordAudit(system, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId } }, { agencyId: agency.id }));

    const manager = staffCtx(database.kysely, keyring, agency.id, { roles: ['manager'], compartments: ['participant', 'audit'], now: '2026-03-04T12:00:00.000Z' });
    const views = await findRecordViews(manager, { subjectType: 'participant', subjectId: participantId });
    expect(RecordViews.parse(views)).toEqual([
      { viewedAt: '2026-03-03T08:00:00.000Z', userId: null, displayName: null },
      { viewedAt: '2026-03-02T09:30:00.000Z', userId: luc.id, displayName: 'Luc Gagnon' },
      { viewedAt: '2026-03-01T14:00:00.000Z', userId: amira.id, displayName: 'Amira Haddad' },
    ]);
    const lookups = await findRecordViews(manager, { subjectType: 'audit_log', subjectId: `participant:${participantId}` });
    expect(lookups).toEqual([{ viewedAt: '2026-03-04T12:00:00.000Z', userId: (manager.actor as { userId: string }).userId, displayName: null }]);
  });

  it('sees only its own agency’s views', async () => {
    const agency = await givenAgency(database.kysely);
    const other = await givenAgency(database.kysely);
    const participantId = randomUUID();
    await view(staffCtx(database.kysely, keyring, other.id), 'participant', participantId);
    const auditor = staffCtx(database.kysely, keyring, agency.id, { roles: ['auditor'], compartments: ['audit', 'participant'] });
    expect(await findRecordViews(auditor, { subjectType: 'participant', subjectId: participantId })).toEqual([]);
  });

  it('refuses readers without the permission (as not found) or without the audit compartment', async () => {
    const agency = await givenAgency(database.kysely);
    const input = { subjectType: 'participant', subjectId: randomUUID() } as const;
    const facilitator = staffCtx(database.kysely, keyring, agency.id, { roles: ['facilitator'], compartments: ['participant', 'audit'] });
    await expect(findRecordViews(facilitator, input)).rejects.toMatchObject({ kind: 'not_found', code: 'access.not_found' });
    const managerWithoutAudit = staffCtx(database.kysely, keyring, agency.id, { roles: ['manager'], compartments: ['participant'] });
    await expect(findRecordViews(managerWithoutAudit, input)).rejects.toMatchObject({ kind: 'forbidden', code: 'audit.log_forbidden' });
    await expect(findRecordViews(systemCtx(database.kysely, keyring), input)).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('answers not_found for a partner record to a reader outside the partner compartment', async () => {
    const agency = await givenAgency(database.kysely);
    const partnerId = randomUUID();
    await view(staffCtx(database.kysely, keyring, agency.id, { roles: ['partner_contact'], compartments: ['partner'] }), 'partner', partnerId);
    const manager = staffCtx(database.kysely, keyring, agency.id, { roles: ['manager'], compartments: ['participant', 'audit'] });
    await expect(findRecordViews(manager, { subjectType: 'partner', subjectId: partnerId })).rejects.toMatchObject({ kind: 'not_found', code: 'audit.record_not_found' });
    const auditor = staffCtx(database.kysely, keyring, agency.id, { roles: ['auditor'], compartments: ['partner', 'audit'] });
    expect(await findRecordViews(auditor, { subjectType: 'partner', subjectId: partnerId })).toHaveLength(1);
  });

  it('refuses a malformed record id as invalid input', async () => {
    const agency = await givenAgency(database.kysely);
    const auditor = staffCtx(database.kysely, keyring, agency.id);
    await expect(findRecordViews(auditor, { subjectType: 'user', subjectId: 'Jean Tremblay' })).rejects.toMatchObject({ kind: 'invalid', code: 'request.invalid' });
  });
});
