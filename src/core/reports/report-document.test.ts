import { describe, expect, it } from 'vitest';
import { readPdf } from '../packs/testing/read-pdf.js';
import { attachmentFileName, reportCoveringNote } from './covering-note.js';
import { renderReportPdf } from './report-document.js';
import type { ReportContent } from './reports.schema.js';

/** A report read back from its PDF, as the court or probation office would read it. */
const content: ReportContent = {
  kind: 'non_completion',
  agency: { name: 'Demo Agency', nameFr: 'Agence de démonstration' },
  participant: { name: 'Jérôme Côté', dateOfBirth: '1985-04-12' },
  referral: {
    source: 'probation',
    stream: 'probation_order',
    courtFileNumber: '4411-998877',
    courtLocation: 'Sudbury',
    charges: ['assault'],
    orderDate: '2026-06-01',
    completeBy: '2027-06-01',
    officerName: 'Pat Officer',
    officerOffice: 'Sudbury Probation and Parole',
  },
  program: { name: "Men's group", nameFr: 'Groupe pour hommes', groupName: 'Tuesday evening', startedOn: '2026-08-25', endedOn: '2026-11-20' },
  attendance: { attended: 5, credited: 5, required: 12, excused: 1, unexcused: 3, refusedEntry: 0, leftEarly: 1, lates: 2, madeUp: 0 },
  outcome: { state: 'discharged', reasonCode: 'non_attendance' },
  observations: 'Often silent; completed the homework twice.',
  concerns: [{ category: 'threat_to_partner', occurredOn: '2026-10-06' }],
  signature: { name: 'Daniel Okafor', signedOn: '2026-11-24' },
};

async function text(data: ReportContent, locale: 'en-CA' | 'fr-CA') {
  const read = await readPdf(await renderReportPdf(data, locale, new Date('2026-11-24T15:00:00Z')));
  return { ...read, text: read.text.replace(/[\u00a0\u202f]/g, ' ') };
}

describe('the completion report PDF', () => {
  it('prints a non-completion report in English, tagged, with every section', async () => {
    const read = await text(content, 'en-CA');
    expect(read.lang).toBe('en-CA');
    expect(read.marked).toBe(true);
    expect(read.title).toBe('Program Non-Completion Report — Jérôme Côté');
    expect(read.structure).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI']));
    for (const line of [
      'Program Non-Completion Report',
      'Demo Agency',
      'Referred by: probation',
      'Attention: Pat Officer',
      'Name: Jérôme Côté',
      'Date of birth: 1985-04-12',
      'Court file number: 4411-998877',
      'Referral type: probation order',
      'Program: Men\'s group',
      'First session attended: 2026-08-25',
      'Sessions credited: 5 of 12 required',
      'Absences: 1 excused, 3 unexcused, 0 refused entry, 1 left early',
      'The participant was discharged from the program on 2026-11-20.',
      'Reason for discharge: non-attendance',
      'Often silent; completed the homework twice.',
      '2026-10-06: threat towards a partner',
      'Signed electronically by Daniel Okafor, program manager, on 2026-11-24.',
    ]) {
      expect(read.text).toContain(line);
    }
    expect(read.text).not.toContain('DRAFT');
  });

  it('prints a completion report in French, and marks a draft as such', async () => {
    const draft: ReportContent = { ...content, kind: 'completion', outcome: { state: 'completed', reasonCode: null }, concerns: [], signature: null, observations: null };
    const read = await text(draft, 'fr-CA');
    expect(read.lang).toBe('fr-CA');
    for (const line of [
      'Rapport d’achèvement du programme',
      'Agence de démonstration',
      'ÉBAUCHE — non signée',
      'Dirigé par : la probation',
      'Type de demande : ordonnance de probation',
      'Programme : Groupe pour hommes',
      'Séances créditées : 5 sur 12 requises',
      'Le participant ou la participante a terminé le programme le 2026-11-20.',
      'Aucune observation consignée.',
      'Aucune préoccupation de sécurité n’est signalée.',
      'Pas encore signé.',
    ]) {
      expect(read.text).toContain(line);
    }
    expect(read.text).not.toContain('Motif du renvoi');
  });

  it('goes by email as the PDF under a short covering note, named without the participant', () => {
    const fileName = attachmentFileName('non_completion', '2026-11-24', '3f2a9c1b-7d4e-4f00-8a00-000000000001');
    expect(fileName).toBe('non-completion-report-2026-11-24-3f2a9c1b.pdf');
    const body = reportCoveringNote(content, 'fr-CA', fileName);
    expect(body).toBe(
      [
        'Bonjour,',
        '',
        'Veuillez trouver ci-joint le rapport de non-achèvement du programme concernant Jérôme Côté, signé le 2026-11-24 (non-completion-report-2026-11-24-3f2a9c1b.pdf).',
        'Numéro de dossier judiciaire\u00a0: 4411-998877',
        '',
        'Merci d’accuser réception en répondant à ce message.',
        '',
        'Agence de démonstration',
      ].join('\n'),
    );
    // The report itself is the attachment: the note repeats none of it.
    expect(body).not.toMatch(/Sudbury|menace|Often silent|Daniel Okafor|1985/);
    expect(reportCoveringNote(content, 'en-CA', fileName)).toContain('Please find attached the program non-completion report for Jérôme Côté, signed on 2026-11-24');
  });
});
