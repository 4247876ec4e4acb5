import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { readPdf } from '../packs/testing/read-pdf.js';
import { getWalletCard } from './get-wallet-card.js';
import { renderWalletCard } from './render-wallet-card.js';
import { replaceWorkbook } from './replace-workbook.js';

/** The wallet card: the participant's own values, credit-card size, in their language. */
let database: TestDatabase;
const keyring = testKeyring();
const createdAt = new Date('2026-11-22T15:00:00Z');
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const values = ['Respect: I listen without interrupting.', 'Safety: no one in my home fears me.', 'Honesty, even when it is hard.'];

describe('the wallet card', () => {
  it('is credit-card size, two sides, tagged, with the values in order and the reminder on the back', async () => {
    const read = await readPdf(await renderWalletCard({ locale: 'en-CA', values, createdAt }));
    expect(read.sizes).toHaveLength(2);
    for (const size of read.sizes) {
      expect(size.width).toBeCloseTo(242.65, 1);
      expect(size.height).toBeCloseTo(153.07, 1);
    }
    expect(read.pages[0]!.replace(/\s+/g, ' ')).toContain('My relationship values Respect: I listen without interrupting. Safety: no one in my home fears me. Honesty, even when it is hard.');
    expect(read.pages[1]).toContain('When I notice my warning signs');
    expect(read.marked).toBe(true);
    expect(read.lang).toBe('en-CA');
    expect(read.structure).toEqual(expect.arrayContaining(['H1', 'L', 'LI', 'LBody', 'P']));
  });

  it('continues on the back when the values do not fit the front, and counts any that fit nowhere', async () => {
    const many = Array.from({ length: 14 }, (_, index) => `Value number ${index + 1}: a quality I want in every relationship I have, every day.`);
    const read = await readPdf(await renderWalletCard({ locale: 'fr-CA', values: many, createdAt }));
    expect(read.sizes).toHaveLength(2);
    expect(read.pages[0]).toContain('Mes valeurs relationnelles');
    expect(read.pages[1]).toContain('Mes valeurs relationnelles (suite)');
    // Whole values in order, none cut: the first ten fit at 6 pt, the other four are counted.
    expect(many.filter((value) => read.text.includes(value))).toEqual(many.slice(0, 10));
    expect(read.pages[1]).toContain('4 autres valeurs se trouvent dans mon cahier.');
    expect(read.text).toContain('Quand je remarque mes signes avant-coureurs, je m’arrête');
  });

  it('offers lines to write on when there are no values yet', async () => {
    const read = await readPdf(await renderWalletCard({ locale: 'en-CA', values: [], createdAt }));
    expect(read.text).toContain('Write the qualities you want in your relationships:');
  });

  it("is made in the participant's language from their saved values, and audited as a PDF export", async () => {
    const agency = await givenAgency(database.kysely);
    const participant = await givenParticipant(database.kysely, agency.id, { language: 'fr', givenName: 'Zéphirin' });
    const as = async (role: Role) => {
      const user = await givenStaffUser(database.kysely, agency.id);
      return staffCtx(database.kysely, keyring, agency.id, { userId: user.id, roles: [role], compartments: compartmentsFor([role]) });
    };
    await replaceWorkbook(await as('facilitator'), participant.id, {
      relationshipValues: [{ text: 'Le respect : j’écoute sans interrompre.' }, { text: 'La sécurité « avant tout ».' }],
      warningSigns: [],
      accountabilityActions: [],
      version: 0,
    });
    const card = await getWalletCard(await as('intake'), participant.id);
    expect(card.fileName).toBe('relationship-values-card.pdf');
    const read = await readPdf(card.bytes);
    expect(read.lang).toBe('fr-CA');
    expect(read.text).toContain('Le respect : j’écoute sans interrompre. La sécurité « avant tout ».');
    expect(read.text).not.toContain('Zéphirin');
    const exports = await database.kysely.selectFrom('audit_event').select(['details']).where('agency_id', '=', agency.id).where('type', '=', 'export.created').execute();
    expect(exports).toEqual([{ details: { kind: 'workbook_wallet_card', format: 'pdf', records: 2 } }]);
    await expect(getWalletCard(await as('partner_contact'), participant.id)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
