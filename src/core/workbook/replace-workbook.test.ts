import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { Ctx } from '../shared/ctx.js';
import { getWorkbook } from './get-workbook.js';
import { replaceWorkbook } from './replace-workbook.js';
import type { ReplaceWorkbookInput } from './workbook.schema.js';

/** The participant workbook: whole-list saves against a version, in the participant compartment only. */
let database: TestDatabase;
const keyring = testKeyring();
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenWorld() {
  const agency = await givenAgency(database.kysely);
  const participant = await givenParticipant(database.kysely, agency.id);
  const as = async (role: Role, now = '2026-11-24T23:45:00.000Z'): Promise<Ctx> => {
    const user = await givenStaffUser(database.kysely, agency.id, `Staff ${role}`);
    return staffCtx(database.kysely, keyring, agency.id, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now });
  };
  return { agency, participant, as };
}

const first: ReplaceWorkbookInput = {
  relationshipValues: [{ text: 'Respect: I listen without interrupting.' }, { text: 'Safety: no one in my home fears me.' }],
  warningSigns: [
    { kind: 'behaviour', text: 'Raising my voice' },
    { kind: 'physical', text: 'Tense muscles, flushed cheeks' },
    { kind: 'thoughts', text: '“Here we go again”' },
  ],
  accountabilityActions: [{ text: 'Stop the abuse: take a time-out when I notice my signs.', status: 'planned' }],
  version: 0,
};

describe('the participant workbook', () => {
  it('starts empty at version 0, saves whole lists in order, and reads them back', async () => {
    const { participant, as } = await givenWorld();
    const facilitator = await as('facilitator');
    expect(await getWorkbook(facilitator, participant.id)).toMatchObject({ version: 0, relationshipValues: [], warningSigns: [], accountabilityActions: [], updatedBy: null });
    const saved = await replaceWorkbook(facilitator, participant.id, first);
    expect(saved.version).toBe(1);
    expect(saved.relationshipValues.map((value) => value.text)).toEqual(['Respect: I listen without interrupting.', 'Safety: no one in my home fears me.']);
    expect(saved.warningSigns.map((sign) => sign.kind)).toEqual(['behaviour', 'physical', 'thoughts']);
    expect(saved.accountabilityActions).toEqual([{ text: 'Stop the abuse: take a time-out when I notice my signs.', status: 'planned', updatedAt: '2026-11-24T23:45:00.000Z', updatedBy: facilitator.actor.kind === 'staff' ? facilitator.actor.userId : null }]);
    expect(saved.updatedBy).toEqual({ id: expect.any(String), name: 'Staff facilitator' });
    const intake = await as('intake');
    expect(await getWorkbook(intake, participant.id)).toEqual(saved);
  });

  it('refuses a save from a stale version instead of overwriting, and keeps the stamp of entries saved unchanged', async () => {
    const { participant, as } = await givenWorld();
    const one = await as('facilitator');
    const other = await as('facilitator', '2026-12-01T23:45:00.000Z');
    await replaceWorkbook(one, participant.id, first);
    // Both read version 1; the second to save loses and must reload.
    const moved = await replaceWorkbook(other, participant.id, {
      ...first,
      relationshipValues: [{ text: 'Honesty, even when it is hard.' }, ...first.relationshipValues],
      accountabilityActions: [{ ...first.accountabilityActions[0]!, status: 'done' }],
      version: 1,
    });
    expect(moved.version).toBe(2);
    await expect(replaceWorkbook(one, participant.id, { ...first, relationshipValues: [], version: 1 })).rejects.toMatchObject({ kind: 'conflict', code: 'workbook.stale_workbook' });
    await expect(replaceWorkbook(one, participant.id, { ...first, version: 0 })).rejects.toMatchObject({ code: 'workbook.stale_workbook' });
    const kept = await getWorkbook(one, participant.id);
    expect(kept.relationshipValues.map((value) => [value.text, value.updatedAt])).toEqual([
      ['Honesty, even when it is hard.', '2026-12-01T23:45:00.000Z'],
      ['Respect: I listen without interrupting.', '2026-11-24T23:45:00.000Z'],
      ['Safety: no one in my home fears me.', '2026-11-24T23:45:00.000Z'],
    ]);
    expect(kept.accountabilityActions[0]).toMatchObject({ status: 'done', updatedAt: '2026-12-01T23:45:00.000Z' });
  });

  it('lets exactly one of two concurrent first saves win', async () => {
    const { participant, as } = await givenWorld();
    const [a, b] = [await as('facilitator'), await as('facilitator')];
    const results = await Promise.allSettled([replaceWorkbook(a, participant.id, first), replaceWorkbook(b, participant.id, first)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('audits a save with counts only, never the participant’s words', async () => {
    const { agency, participant, as } = await givenWorld();
    await replaceWorkbook(await as('facilitator'), participant.id, { ...first, accountabilityActions: [{ text: 'Apologise only if wanted', status: 'done' }, { text: 'Counselling', status: 'planned' }] });
    const events = await database.kysely.selectFrom('audit_event').select(['type', 'subject_id', 'details']).where('agency_id', '=', agency.id).where('type', '=', 'workbook.updated').execute();
    expect(events).toEqual([{ type: 'workbook.updated', subject_id: participant.id, details: { values: 2, warningSigns: 3, actions: 2, actionsDone: 1 } }]);
    expect(JSON.stringify(events)).not.toContain('Apologise');
  });

  it('does not exist outside the participant compartment or the agency (404), and only facilitators write it', async () => {
    const { participant, as } = await givenWorld();
    await replaceWorkbook(await as('facilitator'), participant.id, first);
    await expect(getWorkbook(await as('partner_contact'), participant.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(replaceWorkbook(await as('partner_contact'), participant.id, first)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(replaceWorkbook(await as('manager'), participant.id, { ...first, version: 1 })).rejects.toMatchObject({ kind: 'not_found' });
    const elsewhere = await givenWorld();
    await expect(getWorkbook(await elsewhere.as('facilitator'), participant.id)).rejects.toMatchObject({ kind: 'not_found', code: 'participants.not_found' });
    await expect(replaceWorkbook(await elsewhere.as('facilitator'), participant.id, { ...first, version: 1 })).rejects.toMatchObject({ kind: 'not_found' });
  });
});
