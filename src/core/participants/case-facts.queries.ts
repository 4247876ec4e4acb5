import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CaseFacts } from './case-lifecycle.rules.js';

/** Sessions a stream requires, until program streams carry their policy (issue 5). */
const defaultSessionsRequired = 12;

/**
 * What the lifecycle rules need to know about a case, read from the records that prove it:
 * the booked appointment, the latest assessment, the signed (not withdrawn) consents. Group
 * placement, sessions and fees come with groups and fees (issues 5 and 8); until then they
 * read as "none", so enrolment and completion are refused rather than guessed.
 */
export async function findCaseFacts(db: Kysely<DB>, participantId: string, reason?: string): Promise<CaseFacts> {
  const appointment = await db
    .selectFrom('intake_appointment')
    .select('id')
    .where('participant_id', '=', participantId)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  const assessment = await db
    .selectFrom('intake_assessment')
    .select('suitability')
    .where('participant_id', '=', participantId)
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const consents = new Set(
    (await db.selectFrom('consent').select('kind').where('participant_id', '=', participantId).where('withdrawn_at', 'is', null).execute()).map((c) => c.kind),
  );
  return {
    hasIntakeAppointment: appointment !== undefined,
    assessmentComplete: assessment !== undefined,
    suitability: assessment?.suitability,
    consentsSigned: {
      limitsOfConfidentiality: consents.has('limits_of_confidentiality'),
      releaseToReferralSource: consents.has('release_to_referral_source'),
      partnerContactExplained: consents.has('partner_contact_explained'),
      participantAgreement: consents.has('participant_agreement'),
    },
    hasGroupPlacement: false,
    creditedSessions: 0,
    sessionsRequired: defaultSessionsRequired,
    feesUpToDate: true,
    feesRequiredForCompletion: false,
    ...(reason === undefined ? {} : { reason }),
  };
}
