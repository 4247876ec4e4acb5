import { describe, expect, it } from 'vitest';
import { defaultCurriculum } from '../programs/default-curriculum.js';
import { defaultStreamPolicy, StreamPolicy, type StreamPolicyInput } from '../programs/stream-policy.js';
import type { Locale } from '../shared/locale.js';
import { packText } from './pack-text.js';
import { participantInformationPack, type PackTopic } from './participant-information.js';
import { renderPack } from './render-pack.js';
import { readPdf } from './testing/read-pdf.js';

/** The participant information pack, read back from the PDF as a participant would read it. */
const createdAt = new Date('2026-11-22T15:00:00Z');

async function render(locale: Locale, options: { policy?: StreamPolicyInput; topics?: readonly PackTopic[]; agencyName?: string } = {}) {
  const text = packText(locale);
  const agencyName = options.agencyName ?? (locale === 'fr-CA' ? 'Services familiaux du Nord' : 'Northern Family Services');
  const pack = participantInformationPack(text, agencyName, options.topics ?? defaultCurriculum, options.policy ? StreamPolicy.parse(options.policy) : defaultStreamPolicy);
  const started = performance.now();
  const bytes = await renderPack(pack, { text, agencyName, createdAt, timeZone: 'America/Toronto' });
  return { read: await readPdf(bytes), milliseconds: performance.now() - started };
}

describe('participant information pack', () => {
  it('says in English what the program is and is not, the topics, the rules, confidentiality and partner contact', async () => {
    const { read } = await render('en-CA');
    expect(read.title).toBe('The Partner Assault Response (PAR) program: information for you');
    expect(read.lang).toBe('en-CA');
    expect(read.text).toContain('Northern Family Services — 2026-11-22');
    expect(read.text).toContain('It is not an anger management program.');
    expect(read.text).toContain('Attending the program is not a guarantee of safety for your partner, your children or anyone else.');
    expect(read.text).toContain('The program is 12 group sessions of about 2 hours, usually once a week, in person.');
    expect(read.text).toContain('Abuse is a choice — Taking responsibility');
    expect(read.text).toContain('Warning signs of escalation');
    expect(read.text).toContain('To complete the program, you must attend 12 sessions.');
    expect(read.text).toContain('Arriving 10 minutes or more after the start counts as a late arrival.');
    expect(read.text).toContain('Every 2 late arrivals count as one unexcused absence.');
    expect(read.text).toContain('If you arrive 30 minutes or more after the start, you cannot join that session');
    expect(read.text).toContain('After 2 unexcused absences');
    expect(read.text).toContain('After 4 excused absences');
    expect(read.text).toContain('Every absence, excused or not, must be made up');
    expect(read.text).toContain('It is set according to your needs and income, and it can be negotiated');
    expect(read.text).toContain('one session costs $125.');
    expect(read.text).toContain('with a Children’s Aid Society when a child under 16');
    expect(read.text).toContain('What your partner or former partner tells Partner Contact staff is kept separate from your file and is not shared with you.');
    expect(read.text).toContain('Your partner will be contacted');
    expect(read.text).toContain('Page 1 of ');
    expect(read.structure).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L', 'LI']));
  });

  it('says the same in French, accents and all', async () => {
    const { read } = await render('fr-CA');
    expect(read.lang).toBe('fr-CA');
    expect(read.text).toContain('Le Programme IPV (Partner Assault Response) : renseignements à votre intention');
    expect(read.text).toContain('Ce n’est pas un programme de gestion de la colère.');
    expect(read.text).toContain('Participer au programme ne garantit pas la sécurité de votre partenaire');
    expect(read.text).toContain('La violence est un choix — Assumer la responsabilité');
    expect(read.text).toContain('Gestion de la toxicomanie');
    expect(read.text).toContain('Pour terminer le programme, vous devez assister à 12 séances.');
    expect(read.text).toContain('Chaque fois que vous cumulez 2 retards, cela compte comme une absence non motivée.');
    expect(read.text).toContain('Les frais sont établis selon vos besoins et votre revenu, et ils peuvent être négociés');
    expect(read.text).toMatch(/une séance coûte 125\s\$/);
    expect(read.text).toContain('à une société d’aide à l’enfance lorsqu’un enfant de moins de 16 ans');
    expect(read.text).toContain('Nous communiquerons avec votre partenaire');
    expect(read.text).toContain('Page 1 de ');
  });

  it.each([
    ['sessions and credit', { sessionsRequired: 8, sessionCredit: 2, sessionMinutes: 240 }, ['The program is 4 group sessions of about 4 hours', '8 sessions must count; each session you attend counts as 2.']],
    ['lateness never counted', { latesPerUnexcusedAbsence: 0, lateAfterMinutes: 15, refuseEntryAfterMinutes: 45 }, ['Arriving 15 minutes or more', 'If you arrive 45 minutes or more']],
    ['no make-ups', { makeUpsAllowed: false }, ['Sessions attended in another group do not count for you', 'If you leave a session early, it does not count.']],
    ['excused absences need not be made up', { absencesMustBeMadeUp: false }, ['An excused absence still counts towards completion']],
    ['discharge limits', { pendingDischargeAtUnexcused: 1, pendingDischargeAtExcused: 3 }, ['After one unexcused absence', 'After 3 excused absences']],
    ['price, fees and homework', { privateSessionPriceCents: 9_050, feesUpToDateForCompletion: true, homeworkRequired: true }, ['one session costs $90.50.', 'Your fees must be paid up to date', 'You will have homework between sessions']],
    ['telephone, twice a week', { delivery: 'phone', cadence: 'twice_weekly' }, ['usually twice a week, by telephone.']],
  ] as const)('follows the stream policy: %s', async (_name, policy, sentences) => {
    const { read } = await render('en-CA', { policy });
    for (const sentence of sentences) expect(read.text).toContain(sentence);
    if ('latesPerUnexcusedAbsence' in policy) expect(read.text).not.toContain('late arrivals count as one unexcused absence');
  });

  it("prints the stream's own topics, with or without summaries", async () => {
    const topics = [
      { title: 'Our first topic', titleFr: 'Notre premier sujet', summary: null, summaryFr: null },
      { title: 'Values', titleFr: 'Les valeurs', summary: 'What we want our relationships to be.', summaryFr: 'Ce que nous voulons pour nos relations.' },
    ];
    const english = (await render('en-CA', { topics })).read.text;
    expect(english).toContain('Our first topic');
    expect(english).toContain('Values — What we want our relationships to be.');
    expect(english).not.toContain('Abuse is a choice');
    expect((await render('fr-CA', { topics })).read.text).toContain('Les valeurs — Ce que nous voulons pour nos relations.');
  });
});
