import { describe, expect, it } from 'vitest';
import { defaultCurriculum } from '../programs/default-curriculum.js';
import { defaultStreamPolicy } from '../programs/stream-policy.js';
import { packText } from './pack-text.js';
import { participantInformationPack } from './participant-information.js';
import { renderPack } from './render-pack.js';
import { TaggedPdf } from './tagged-pdf.js';
import { readPdf } from './testing/read-pdf.js';

/** The engine: tagged for assistive technology, fonts that print French, the same bytes for the same input. */
const createdAt = new Date('2026-11-22T15:00:00Z');

describe('tagged PDF', () => {
  it.each(['en-CA', 'fr-CA'] as const)('marks a %s document as tagged, with its language, a displayed title and a structure tree', async (locale) => {
    const pdf = new TaggedPdf({ locale, title: 'Essai « Œuvre »', createdAt });
    pdf.heading(1, 'Être prêt').paragraph('Un paragraphe.').heading(2, 'Section').list(['un', 'deux']);
    const bytes = await pdf.finish();
    const read = await readPdf(bytes);
    expect(read.marked).toBe(true);
    expect(read.lang).toBe(locale);
    expect(read.hasStructTreeRoot).toBe(true);
    expect(read.displaysTitle).toBe(true);
    expect(read.title).toBe('Essai « Œuvre »');
    expect(read.structure).toEqual(['Document', 'H1', 'P', 'H2', 'L', 'LI', 'Lbl', 'LBody', 'LI', 'Lbl', 'LBody']);
    // The catalog itself, as a validator reads it.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/Type \/Catalog[\s\S]*\/Lang \(..-CA\)/);
    expect(raw).toMatch(/\/Marked true/);
  });

  it('prints French accents, guillemets, Œ and the typographic apostrophe as text a reader can copy', async () => {
    const pdf = new TaggedPdf({ locale: 'fr-CA', title: 'Accents', createdAt });
    pdf.paragraph('Sécurité, planification, société d’aide à l’enfance, « Œuvre », ÀÉÈÊËÎÏÔÙÛÜŸÇ àéèêëîïôùûüÿç.');
    const read = await readPdf(await pdf.finish());
    expect(read.text).toContain('Sécurité, planification, société d’aide à l’enfance, « Œuvre », ÀÉÈÊËÎÏÔÙÛÜŸÇ àéèêëîïôùûüÿç.');
  });

  it('gives the same bytes for the same input (dated by the request, not the clock)', async () => {
    const text = packText('en-CA');
    const render = () =>
      renderPack(participantInformationPack(text, 'Agency', defaultCurriculum, defaultStreamPolicy), { text, agencyName: 'Agency', createdAt, timeZone: 'America/Toronto' });
    const [first, second] = [await render(), await render()];
    expect(first.equals(second)).toBe(true);
    expect(first.toString('latin1')).toContain('(D:20261122150000Z)');
  });

  it('numbers the pages in a footer that screen readers skip (a pagination artifact)', async () => {
    const pdf = new TaggedPdf({ locale: 'en-CA', title: 'Long', createdAt });
    for (let index = 1; index <= 120; index++) pdf.paragraph(`Paragraph ${index} of a long document.`);
    pdf.footer((page, pages) => `Page ${page} of ${pages}`);
    const bytes = await pdf.finish();
    const read = await readPdf(bytes);
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${read.pages.length}`));
    read.artifacts.forEach((artifact, index) => expect(artifact).toBe(`Page ${index + 1} of ${read.pages.length}`));
    expect(read.text).toContain('Paragraph 120 of a long document.');
    expect(read.structure.filter((type) => type === 'P')).toHaveLength(120);
  });
});
