import { sql } from 'kysely';
import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import type { DuplicateCandidate, DuplicateCheckInput } from './referrals.schema.js';

/** Names at least this similar (pg_trgm, accents ignored) are offered as possibly the same person. */
const nameThreshold = 0.35;

/**
 * People already known to the agency who may be the one a new referral names: a similar name,
 * the same date of birth, or the same court file. Offered before a new person is created, so
 * one person does not become two files.
 */
export async function findDuplicateParticipants(ctx: Ctx, input: DuplicateCheckInput): Promise<DuplicateCandidate[]> {
  assertCan(ctx.actor, 'participant.read');
  const name = `${input.givenName} ${input.familyName}`;
  return ctx.db.transaction(async (trx) => {
    const result = await sql<{ id: string; name: string; date_of_birth: string; case_state: string; similarity: number; same_dob: boolean; same_file: boolean }>`
      select p.id, p.given_name || ' ' || p.family_name as name, p.date_of_birth::text, p.case_state,
             similarity(unaccent(lower(p.given_name || ' ' || p.family_name)), unaccent(lower(${name})))::float8 as similarity,
             coalesce(p.date_of_birth = ${input.dateOfBirth ?? null}::date, false) as same_dob,
             exists (select 1 from referral r where r.agency_id = p.agency_id and r.participant_id = p.id
                     and ${input.courtFileNumber ?? null}::text is not null and r.court_file_number = ${input.courtFileNumber ?? null}) as same_file
      from participant p
      where similarity(unaccent(lower(p.given_name || ' ' || p.family_name)), unaccent(lower(${name}))) >= ${nameThreshold}
         or p.date_of_birth = ${input.dateOfBirth ?? null}::date
         or exists (select 1 from referral r where r.agency_id = p.agency_id and r.participant_id = p.id and r.court_file_number = ${input.courtFileNumber ?? null})
      order by similarity desc, p.family_name
      limit 10`.execute(trx);
    return result.rows
      .map((row) => {
        const reasons: DuplicateCandidate['reasons'] = [];
        if (row.similarity >= nameThreshold) reasons.push('similar_name');
        if (row.same_dob) reasons.push('same_birth_date');
        if (row.same_file) reasons.push('same_court_file');
        return { participantId: row.id, name: row.name, dateOfBirth: row.date_of_birth, caseState: row.case_state, reasons, similarity: Math.round(row.similarity * 100) / 100 };
      })
      // A shared birth date alone is a coincidence, not a likely duplicate.
      .filter((candidate) => candidate.reasons.length > 1 || !candidate.reasons.includes('same_birth_date'));
  });
}
