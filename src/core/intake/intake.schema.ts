import { z } from 'zod';
import { LocalDateTime } from '../shared/local-date-time.js';

/** The assessment form in use; answers are kept with the version they were asked under. */
export const assessmentFormVersion = '2026-11';

export const BookIntakeInput = z.strictObject({
  mode: z.enum(['in_person', 'phone', 'virtual']),
  /** Required in person; for phone or virtual intake, the site whose time zone the time is in. */
  siteId: z.uuid(),
  /** Wall-clock time at the site, e.g. 2026-11-24T18:30. */
  startsAtLocal: LocalDateTime,
  durationMinutes: z.number().int().min(15).max(240).default(60),
  version: z.number().int().positive(),
});
export type BookIntakeInput = z.infer<typeof BookIntakeInput>;

const answer = z.string().trim().max(4000).optional();

/** The intake assessment (form 2026-11): history, substance use, a mental-health screen, the decision. */
export const AssessmentInput = z.strictObject({
  answers: z.strictObject({
    relationshipHistory: answer,
    violenceHistory: answer,
    substanceUse: z.enum(['none', 'some', 'concerning']),
    substanceUseNotes: answer,
    mentalHealthScreen: z.enum(['no_concerns', 'follow_up_needed', 'urgent_referral']),
    mentalHealthNotes: answer,
    readiness: answer,
  }),
  suitability: z.enum(['suitable', 'unsuitable']),
  reasons: z.string().trim().max(4000).optional(),
  version: z.number().int().positive(),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const consentKinds = ['limits_of_confidentiality', 'release_to_referral_source', 'partner_contact_explained', 'participant_agreement'] as const;
export const consentFormVersion = '2026-11';

export const ConsentInput = z.strictObject({
  kind: z.enum(consentKinds),
  method: z.enum(['typed_name', 'drawn', 'ticked']),
  signedName: z.string().trim().min(1).max(200),
  /** A drawn signature as SVG path data (only with method "drawn"). */
  signatureSvg: z.string().max(200_000).optional(),
});
export type ConsentInput = z.infer<typeof ConsentInput>;
