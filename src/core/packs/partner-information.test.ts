import { describe, expect, it } from 'vitest';
import { ResourceRecord } from '../resources/resource-record.js';
import type { Locale } from '../shared/locale.js';
import { crisisLinesForPartners, defaultCrisisLines } from './crisis-lines.js';
import { packText } from './pack-text.js';
import { partnerInformationPack } from './partner-information.js';
import { renderPack } from './render-pack.js';
import { crisisLineFixtures } from './testing/crisis-lines.js';
import { readPdf } from './testing/read-pdf.js';

/** The partner information pack, read back from the PDF as the person harmed would read it. */
const createdAt = new Date('2026-11-22T15:00:00Z');

async function render(locale: Locale, crisisLines: readonly ResourceRecord[] = crisisLineFixtures, agencyName = 'Œuvres « Familles » d’Ottawa') {
  const text = packText(locale);
  const bytes = await renderPack(partnerInformationPack(text, agencyName, crisisLines), { text, agencyName, createdAt, timeZone: 'America/Toronto' });
  return readPdf(bytes);
}

describe('partner information pack', () => {
  it('says in English what Partner Contact offers, that it is their choice and they are not to blame', async () => {
    const read = await render('en-CA');
    expect(read.title).toBe('The Partner Contact program: information for you');
    expect(read.lang).toBe('en-CA');
    expect(read.text).toContain('You are not to blame for the abuse.');
    expect(read.text).toContain('at least four contacts with Partner Contact staff during the 12 weeks of the program;');
    expect(read.text).toContain('help with safety planning;');
    expect(read.text).toContain('information about how the program works and the topics covered in the group sessions;');
    expect(read.text).toContain('information about community services that may help you and your children, and referrals to them;');
    expect(read.text).toContain('a phone call whenever staff have concerns about your safety.');
    expect(read.text).toContain('It is your decision whether to speak with a Partner Contact worker.');
    expect(read.text).toContain('We take our direction from you.');
    expect(read.structure).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody']));
  });

  it('names every limit of confidentiality: the Crown and probation, the accused and their lawyer, a child under 16 and the Children’s Aid Society', async () => {
    const read = await render('en-CA');
    expect(read.text).toContain('We are required to share information you give us with the Crown and/or probation officers when:');
    expect(read.text).toContain('it relates to your safety or the safety of a child or any other person');
    expect(read.text).toContain('you tell us you have been assaulted or re-assaulted');
    expect(read.text).toContain('a breach of a no-contact or restraining order');
    expect(read.text).toContain('the law or a court order requires it.');
    expect(read.text).toContain('If you tell us that a child under 16 has been or is being abused or neglected, or we suspect it from what you tell us, the law requires us to report it to a Children’s Aid Society.');
    expect(read.text).toContain('information we must give to the Crown may have to be given to your partner or former partner and their lawyer if the case is still before the court.');
    expect(read.text).toContain('taken into account in the Program Completion Report sent to the court.');
  });

  it("summarises Ontario's Victims' Bill of Rights", async () => {
    const read = await render('en-CA');
    expect(read.text).toContain('Your rights: Ontario’s Victims’ Bill of Rights');
    expect(read.text).toContain('with courtesy, with compassion, and with respect for their personal dignity and privacy.');
    for (const right of ['the release of the accused on bail;', 'your right to submit a victim impact statement;', 'the charges laid, or the reasons if no charges are laid;']) {
      expect(read.text).toContain(right);
    }
  });

  it('prints the crisis lines with their numbers exactly', async () => {
    const english = await render('en-CA');
    expect(english.text).toContain('Assaulted Women’s Helpline — Call: 1-866-863-0511; TTY: 1-866-863-7868; Hours: 24/7');
    expect(english.text).toContain('Fem’aide — Call: 1-877-336-2433');
    expect(english.text).toContain('Kids Help Phone — Call: 1-800-668-6868; Text CONNECT to 686868');
    expect(english.text).toContain('If you are in immediate danger, call 911.');
    const french = await render('fr-CA');
    expect(french.text).toContain('Assaulted Women’s Helpline — Téléphone : 1-866-863-0511; ATS : 1-866-863-7868');
    expect(french.text).toContain('Fem’aide — Téléphone : 1-877-336-2433');
    expect(french.text).toContain('Jeunesse, J’écoute — Téléphone : 1-800-668-6868; Textez CONNECT au 686868');
  });

  it("prints the seeds' crisis lines from the default directory, numbers exactly as the seeds write them", async () => {
    const english = await render('en-CA', defaultCrisisLines);
    expect(english.text).toContain('Assaulted Women’s Helpline — Call: 1 (866) 863-0511 (Toll-free); TTY: 1 (866) 863-7868 (Toll-free)');
    expect(english.text).toContain('Call: 1 (877) 336-2433 (Toll-free)');
    expect(english.text).toContain('Kids Help Phone — Call: 1 (800) 668-6868; Text CONNECT to 686868');
    expect(english.text).toContain('Shelter Safe — Website: https://sheltersafe.ca/');
    const french = await render('fr-CA', defaultCrisisLines);
    expect(french.text).toContain('Jeunesse, J’écoute — Téléphone : 1 (800) 668-6868; Textez CONNECT au 686868');
    expect(french.text).toContain('Téléphone : 1 (877) 336-2433 (Sans frais)');
  });

  it('lists only the crisis lines meant for people harmed, children or anyone', () => {
    const base = { categories: ['crisis_line'], phones: [] } as const;
    const lines = [
      ResourceRecord.parse({ ...base, key: 'for-partners', name: 'A', audiences: ['person_harmed'] }),
      ResourceRecord.parse({ ...base, key: 'for-anyone', name: 'B', audiences: ['anyone', 'person_who_used_violence'] }),
      ResourceRecord.parse({ ...base, key: 'no-audience', name: 'C' }),
      ResourceRecord.parse({ ...base, key: 'for-men-only', name: 'D', audiences: ['person_who_used_violence'] }),
      ResourceRecord.parse({ key: 'a-shelter', name: 'E', categories: ['shelter'], audiences: ['person_harmed'] }),
    ];
    expect(crisisLinesForPartners(lines).map((line) => line.key)).toEqual(['for-partners', 'for-anyone', 'no-audience']);
  });

  it("prints the directory's crisis lines when given", async () => {
    const line = ResourceRecord.parse({
      key: 'local-crisis-line',
      name: 'Northern Crisis Line',
      nameFr: 'Ligne de crise du Nord',
      categories: ['crisis_line'],
      phones: [{ kind: 'voice', dial: '+17055550100', display: '705-555-0100', note: 'collect calls accepted', noteFr: 'appels à frais virés acceptés' }],
    });
    const read = await render('fr-CA', [line]);
    expect(read.text).toContain('Ligne de crise du Nord — Téléphone : 705-555-0100 (appels à frais virés acceptés)');
    expect(read.text).not.toContain('1-866-863-0511');
  });

  it('says it all in French, with the agency’s name, accents, guillemets and Œ intact', async () => {
    const read = await render('fr-CA');
    expect(read.lang).toBe('fr-CA');
    expect(read.text).toContain('Œuvres « Familles » d’Ottawa — 2026-11-22');
    expect(read.text).toContain('Vous n’êtes pas à blâmer pour la violence.');
    expect(read.text).toContain('au moins quatre contacts avec le personnel pendant les 12 semaines du programme;');
    expect(read.text).toContain('C’est vous qui nous guidez.');
    expect(read.text).toContain('la loi nous oblige à le signaler à une société d’aide à l’enfance.');
    expect(read.text).toContain('pourrait devoir être communiquée à votre partenaire ou ex-partenaire et à son avocate ou avocat si l’affaire est toujours devant le tribunal.');
    expect(read.text).toContain('Vos droits : la Charte des droits des victimes d’actes criminels de l’Ontario');
    expect(read.text).toContain('Page 1 de ');
  });

  it('uses no label the guide avoids', async () => {
    for (const locale of ['en-CA', 'fr-CA'] as const) {
      const text = (await render(locale)).text.toLowerCase();
      for (const label of ['abuser', 'perpetrator', 'offender', 'survivor', 'agresseur', 'contrevenant']) expect(text).not.toContain(label);
    }
  });
});
