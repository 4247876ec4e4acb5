import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { generateStatisticsAgency, seededRandom } from '../../statistics/testing/generate-statistics-world.js';

const hours = (n: number) => n * 3_600_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An agency for the compliance test: the statistics' generated agency (referrals, intakes,
 * placements, closings, partners and contacts), written as the owner, plus what the clocks stop
 * on: cases' states from their closings (and a few withdrawn before intake), the agency's clock
 * settings, holidays, report deadlines (one stream with its own), reports sent late or on time or
 * not at all and acknowledged or not, streams whose group sizes some groups fall outside, and
 * partner notices (new partner, placed, absences) delivered on time, late or not yet.
 */
export async function generateComplianceAgency(db: Kysely<DB>, seed: number, options: { timeZone?: string; participants?: number } = {}): Promise<{ id: string; slug: string }> {
  const agency = await generateStatisticsAgency(db, seed, options);
  const a = agency.id;
  const random = seededRandom(seed * 31 + 7);
  await db.insertInto('agency_setting').values({ agency_id: a, intake_due_days: 10, partner_first_contact_days: 5, partner_min_contacts: 3, partner_contact_weeks: 6 }).execute();
  await db.insertInto('holiday').values(['2026-10-12', '2026-11-11', '2026-12-25', '2026-12-28'].map((day) => ({ agency_id: a, day, name: 'Holiday', name_fr: 'Congé' }))).execute();
  const streams = await db.selectFrom('program_stream').select(['id', 'code']).where('agency_id', '=', a).execute();
  await db.updateTable('program_stream').set({ policy: JSON.stringify({ groupSizeMin: 4, groupSizeMax: 9 }) }).where('agency_id', '=', a).where('code', '=', 'men-en').execute();
  await db.updateTable('program_stream').set({ policy: JSON.stringify({ groupGender: 'women', groupSizeMin: 1, groupSizeMax: 40 }) }).where('agency_id', '=', a).where('code', '=', 'women-en').execute();
  await db.insertInto('report_setting').values({ agency_id: a, due_business_days: 5, ack_escalation_business_days: 10, updated_at: new Date() }).execute();
  await db.insertInto('report_stream_deadline').values({ agency_id: a, stream_id: streams.find((s) => s.code === 'men-en')!.id, due_business_days: 3 }).execute();

  // Rows are read in an order the seed fixes (names, generated times), never the database's own,
  // so both dialects and every run draw the same numbers for the same records.
  // The cases' states follow their latest closing; some referred but never assessed have withdrawn.
  const closings = await db.selectFrom('case_transition as t').innerJoin('participant as p', 'p.id', 't.participant_id').select(['t.id', 't.participant_id', 't.to_state', 't.occurred_at']).where('t.agency_id', '=', a).orderBy('p.family_name').orderBy('t.occurred_at').execute();
  for (const closing of closings) await db.updateTable('participant').set({ case_state: closing.to_state }).where('agency_id', '=', a).where('id', '=', closing.participant_id).execute();
  const unassessed = await db.selectFrom('participant as p').select('p.id').where('p.agency_id', '=', a).where(({ not, exists, selectFrom }) => not(exists(selectFrom('intake_assessment as i').select('i.id').whereRef('i.participant_id', '=', 'p.id')))).orderBy('p.family_name').execute();
  for (const [index, p] of unassessed.entries()) if (index % 3 === 0) await db.updateTable('participant').set({ case_state: 'withdrawn' }).where('agency_id', '=', a).where('id', '=', p.id).execute();

  // Reports on the closings: none, a draft, sent (some late) and acknowledged (some late) or not.
  for (const closing of closings) {
    const roll = random();
    if (roll < 0.25) continue;
    const reportId = randomUUID();
    await db
      .insertInto('court_report')
      .values({ agency_id: a, id: reportId, participant_id: closing.participant_id, transition_id: closing.id, kind: closing.to_state === 'completed' ? 'completion' : 'non_completion', language: 'en', observations_encrypted: null, content_encrypted: null, signed_name: null, signed_on: null, signed_at: null, signed_by: null, created_at: closing.occurred_at, created_by: null, updated_at: closing.occurred_at, updated_by: null })
      .execute();
    if (roll < 0.35) continue;
    const sentAt = new Date(closing.occurred_at.getTime() + Math.floor(random() * 12) * 86_400_000);
    for (let k = 0; k < (random() < 0.2 ? 2 : 1); k++) {
      await db.insertInto('report_delivery').values({ agency_id: a, id: randomUUID(), report_id: reportId, method: 'fax', to_address: null, delivered_on: dayOf(new Date(sentAt.getTime() + k * 3 * 86_400_000)), idempotency_key: randomUUID(), recorded_at: new Date(sentAt.getTime() + k * 86_400_000) }).execute();
    }
    if (random() < 0.55) {
      await db.insertInto('report_ack').values({ agency_id: a, report_id: reportId, acknowledged_on: dayOf(new Date(sentAt.getTime() + Math.floor(random() * 22) * 86_400_000)), acknowledged_by: null, method: 'email', recorded_at: new Date() }).execute();
    }
  }

  // Partner notices: the new partner's (its due time), the placement (opens the contact window), absences.
  const partners = await db.selectFrom('partner as r').innerJoin('participant as p', 'p.id', 'r.participant_id').select(['r.id', 'r.participant_id', 'r.created_at']).where('r.agency_id', '=', a).orderBy('p.family_name').orderBy('r.created_at').execute();
  const notice = (participantId: string, partnerId: string | null, type: 'new_partner' | 'enrolled' | 'absence', occurredOn: string, dueAt: Date) => ({
    agency_id: a, id: randomUUID(), participant_id: participantId, partner_id: partnerId, type, reason_code: null, occurred_on: occurredOn, due_at: dueAt, event_key: `gen:${randomUUID()}`,
  });
  for (const partner of partners) {
    const participantId = partner.participant_id!;
    if (random() < 0.85) await db.insertInto('partner_notice').values(notice(participantId, partner.id, 'new_partner', dayOf(partner.created_at), new Date(partner.created_at.getTime() + 5 * 86_400_000))).execute();
    const enrolment = await db.selectFrom('enrolment').select('enrolled_at').where('agency_id', '=', a).where('participant_id', '=', participantId).orderBy('enrolled_at').executeTakeFirst();
    if (!enrolment) continue;
    await db.insertInto('partner_notice').values(notice(participantId, null, 'enrolled', dayOf(enrolment.enrolled_at), new Date(enrolment.enrolled_at.getTime() + 86_400_000))).execute();
    for (let k = 0; k < Math.floor(random() * 3); k++) {
      const occurred = new Date(enrolment.enrolled_at.getTime() + Math.floor(random() * 60) * 86_400_000);
      const row = notice(participantId, random() < 0.8 ? null : partner.id, 'absence', dayOf(occurred), new Date(occurred.getTime() + hours(30)));
      await db.insertInto('partner_notice').values(row).execute();
      if (random() < 0.6) {
        const contactId = randomUUID();
        const deliveredAt = new Date(row.due_at.getTime() + hours(Math.floor(random() * 60) - 30));
        await db.insertInto('contact_record').values({ agency_id: a, id: contactId, partner_id: partner.id, kind: 'call', outcome: null, occurred_at: deliveredAt, idempotency_key: randomUUID() }).execute();
        await db.insertInto('notice_delivery').values({ agency_id: a, notice_id: row.id, partner_id: partner.id, contact_id: contactId, delivered_at: deliveredAt }).execute();
      }
    }
  }
  return agency;
}
