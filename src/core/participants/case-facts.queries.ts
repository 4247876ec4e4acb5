import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { loadStandings } from '../attendance/standing.queries.js';
import type { CaseFacts } from './case-lifecycle.rules.js';

/** Sessions required before a person is placed (their group's stream then decides). */
const defaultSessionsRequired = 12;

/**
 * What the lifecycle rules need to know about a case, read from the records that prove it:
 * the booked appointment, the latest assessment, the signed (not withdrawn) consents, the active
 * placement with its credited sessions (the standing rules, under the stream's policy) and the
 * facilitator's final check-out, and the fee ledger's balance (nothing owed: fees up to date).
 */
export async function findCaseFacts(db: Kysely<DB>, participantId: string, now: Date, reason?: string): Promise<CaseFacts> {
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
  const placement = await db.selectFrom('enrolment').select('id').where('participant_id', '=', participantId).where('status', '=', 'active').executeTakeFirst();
  const loaded = placement ? (await loadStandings(db, [participantId], { now })).get(participantId) : undefined;
  const standing = loaded ? { creditedSessions: loaded.result.creditedSessions, sessionsRequired: loaded.result.sessionsRequired, feesRequiredForCompletion: loaded.enrolment.policy.feesUpToDateForCompletion } : undefined;
  // Fees are up to date when the ledger owes nothing (a credit counts as up to date).
  const ledger = await db.selectFrom('ledger_entry').select((eb) => eb.fn.sum<string | null>('amount_cents').as('balance')).where('participant_id', '=', participantId).executeTakeFirst();
  const feesUpToDate = Number(ledger?.balance ?? 0) <= 0;
  const review = placement
    ? await db.selectFrom('completion_review').select('outcome').where('enrolment_id', '=', placement.id).executeTakeFirst()
    : undefined;
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
    hasGroupPlacement: placement !== undefined,
    creditedSessions: standing?.creditedSessions ?? 0,
    sessionsRequired: standing?.sessionsRequired ?? defaultSessionsRequired,
    feesUpToDate,
    completionReviewed: review !== undefined,
    feesRequiredForCompletion: standing?.feesRequiredForCompletion ?? false,
    ...(reason === undefined ? {} : { reason }),
  };
}
