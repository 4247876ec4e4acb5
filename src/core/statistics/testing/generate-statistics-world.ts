import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { givenAgency } from '../../../db/testing/factories.js';

/** A small deterministic random source (mulberry32), so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** An instant some days after 2026-09-20 (the test period is the fourth quarter of 2026, with data either side). */
function instant(random: () => number, spreadDays = 120): Date {
  return new Date(Date.parse('2026-09-20T00:00:00Z') + Math.floor(random() * spreadDays * 86_400_000));
}
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An agency full of generated records, written as the owner (not through the use cases: the
 * statistics must hold for whatever the tables contain): streams (one Indigenous), groups and
 * sessions (one cancelled), participants of every gender and language in various states with
 * referrals (one duplicate), intake assessments, placements, marks, completions and discharges
 * with reasons, partners with consents, contacts, attempts and safety plans, disclosures made
 * and pending, ledger payments, refunds and charges, and fee waivers.
 */
export async function generateStatisticsAgency(db: Kysely<DB>, seed: number, options: { timeZone?: string; participants?: number } = {}): Promise<{ id: string; slug: string }> {
  const random = seededRandom(seed);
  const agency = await givenAgency(db);
  const agencyId = agency.id;
  if (options.timeZone) await db.updateTable('agency').set({ time_zone: options.timeZone }).where('id', '=', agencyId).execute();
  const streamRows = await db
    .insertInto('program_stream')
    .values([
      { agency_id: agencyId, code: 'men-en', name: "Men's group", name_fr: 'Groupe pour hommes', policy: JSON.stringify({}) },
      { agency_id: agencyId, code: 'women-en', name: "Women's group", name_fr: 'Groupe pour femmes', policy: JSON.stringify({ groupGender: 'women' }) },
      { agency_id: agencyId, code: `indigenous-${seed}`, name: 'Indigenous IPVP', name_fr: 'IPVP autochtone', policy: JSON.stringify({ indigenous: true }) },
    ])
    .returning('id')
    .execute();
  const groups: { id: string; sessions: { id: string; cancelled: boolean }[] }[] = [];
  for (const [index, stream] of streamRows.entries()) {
    const group = await db
      .insertInto('group_cycle')
      .values({ agency_id: agencyId, stream_id: stream.id, name: `Group ${index}`, weekday: 2, start_time: '18:00', time_zone: 'America/Toronto', start_date: '2026-09-01', capacity: 40 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sessions: { id: string; cancelled: boolean }[] = [];
    for (let number = 1; number <= 18; number++) {
      const localDate = new Date(Date.parse('2026-09-01T00:00:00Z') + (number - 1) * 7 * 86_400_000);
      const cancelled = number === 9;
      const row = await db
        .insertInto('group_session')
        .values({ agency_id: agencyId, group_id: group.id, number, starts_at: new Date(localDate.getTime() + 22 * 3_600_000), local_date: dayOf(localDate), minutes: 120, status: cancelled ? 'cancelled' : 'scheduled', cancel_reason: cancelled ? 'snow' : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      sessions.push({ id: row.id, cancelled });
    }
    groups.push({ id: group.id, sessions });
  }
  const scheduleId = (await db.insertInto('fee_schedule').values({ agency_id: agencyId, stream_id: streamRows[0]!.id, version: 1, effective_from: '2026-01-01', private_session_fee_cents: 12_500 }).returning('id').executeTakeFirstOrThrow()).id;
  let receipt = 0;
  const count = options.participants ?? 40;
  for (let i = 0; i < count; i++) {
    const gender = pick(random, ['man', 'man', 'woman', 'non_binary', 'two_spirit', 'another'] as const);
    const participant = await db
      .insertInto('participant')
      .values({ agency_id: agencyId, given_name: 'Gen', family_name: `Erated-${i}`, preferred_name: null, date_of_birth: '1980-01-01', gender, group_gender: gender === 'woman' ? 'women' : 'men', pronouns: null, language: pick(random, ['en', 'en', 'fr', 'other'] as const), language_other: null, phone: null, email: null, street: null, city: null, province: null, postal_code: null, accessibility_needs: null, created_by: null, case_state: 'referred' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pid = participant.id;
    const receivedAt = instant(random, 100);
    const referral = () => ({ agency_id: agencyId, participant_id: pid, source: pick(random, ['court', 'probation', 'crown', 'central_intake', 'self', 'other'] as const), stream: pick(random, ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'] as const), received_at: receivedAt, idempotency_key: randomUUID(), status: 'accepted' as const });
    // Most referrals were accepted; some are still only received, a few were returned (each clock and count must tell them apart).
    await db.insertInto('referral').values({ ...referral(), status: i % 7 === 3 ? 'received' : i % 11 === 5 ? 'returned' : 'accepted' }).execute();
    if (i % 13 === 0) await db.insertInto('referral').values({ ...referral(), status: 'duplicate' }).execute();
    if (random() < 0.15) continue; // referred only
    const assessedAt = new Date(receivedAt.getTime() + Math.floor(random() * 20 + 1) * 86_400_000 + 3_600_000);
    await db.insertInto('intake_assessment').values({ agency_id: agencyId, participant_id: pid, form_version: 'v1', answers: JSON.stringify({}), suitability: 'suitable', completed_at: assessedAt }).execute();
    if (random() < 0.15) continue; // waiting
    const group = pick(random, groups);
    const enrolledAt = new Date(assessedAt.getTime() + Math.floor(random() * 25 + 1) * 86_400_000);
    const ended = random() < 0.5;
    await db.insertInto('enrolment').values({ agency_id: agencyId, participant_id: pid, group_id: group.id, enrolled_at: enrolledAt, status: ended ? 'ended' : 'active', ended_at: ended ? new Date(enrolledAt.getTime() + 40 * 86_400_000) : null, end_reason: ended ? 'moved' : null }).execute();
    for (const session of group.sessions) {
      if (random() < 0.3) continue;
      const status = pick(random, ['present', 'present', 'present', 'late', 'left_early', 'excused', 'unexcused', 'refused_entry'] as const);
      await db
        .insertInto('attendance_mark')
        .values({ agency_id: agencyId, session_id: session.id, participant_id: pid, status, minutes_late: status === 'late' || status === 'refused_entry' ? 15 : null, minutes_left_early: status === 'left_early' ? 20 : null, reason: status === 'excused' ? 'ill' : null, recorded_at: new Date() })
        .execute();
    }
    const outcome = random();
    const occurredAt = instant(random, 110);
    if (outcome < 0.25) await db.insertInto('case_transition').values({ agency_id: agencyId, participant_id: pid, transition: 'complete', from_state: 'active', to_state: 'completed', reason: null, reason_code: null, occurred_at: occurredAt }).execute();
    else if (outcome < 0.5) {
      const reasonCode = random() < 0.2 ? null : pick(random, ['non_attendance', 'non_compliance', 'new_charge_or_threat', 'safety_risk', 'withdrawal', 'transfer', 'other']);
      await db.insertInto('case_transition').values({ agency_id: agencyId, participant_id: pid, transition: 'discharge', from_state: 'pending_discharge', to_state: 'discharged', reason: 'generated', reason_code: reasonCode, occurred_at: occurredAt }).execute();
    }
    if (random() < 0.3) {
      await db.insertInto('fee_assessment').values({ agency_id: agencyId, participant_id: pid, stream_id: streamRows[0]!.id, schedule_id: scheduleId, household_size: 1, annual_income_cents: 0, schedule_fee_cents: 30_000 + Math.floor(random() * 5) * 5_000, kind: 'waived', total_fee_cents: 0, sessions_required: 12, private_session_fee_cents: 12_500, reason: 'hardship', approver_id: randomUUID(), assessed_at: instant(random) }).execute();
    }
    for (let k = 0; k < Math.floor(random() * 4); k++) {
      const kind = pick(random, ['payment', 'payment', 'refund', 'charge'] as const);
      const amount = (Math.floor(random() * 20) + 1) * 500;
      const withReceipt = kind === 'payment' || kind === 'refund';
      await db
        .insertInto('ledger_entry')
        .values({ agency_id: agencyId, participant_id: pid, kind, charge_type: kind === 'charge' ? 'program_fee' : null, method: withReceipt ? 'cash' : null, amount_cents: kind === 'payment' ? -amount : amount, effective_on: dayOf(instant(random)), receipt_number: withReceipt ? ++receipt : null, idempotency_key: randomUUID(), recorded_at: new Date() })
        .execute();
    }
    if (random() < 0.6) await generatePartner(db, agencyId, pid, random);
  }
  return agency;
}

/** A partner of a participant: consent, contacts and attempts, a safety plan, disclosures. */
async function generatePartner(db: Kysely<DB>, agencyId: string, participantId: string, random: () => number): Promise<void> {
  const partnerId = randomUUID();
  await db.insertInto('partner').values({ agency_id: agencyId, id: partnerId, participant_id: participantId, full_name_encrypted: 'not-encrypted-test-value', created_at: instant(random) }).execute();
  if (random() < 0.3) await db.insertInto('partner_consent').values({ agency_id: agencyId, partner_id: partnerId, decision: random() < 0.6 ? 'declined' : 'wishes_contact', decided_on: dayOf(instant(random)), how: 'phone' }).execute();
  for (let k = 0; k < Math.floor(random() * 5); k++) {
    const kind = pick(random, ['attempt', 'attempt', 'call', 'letter', 'email', 'text', 'in_person'] as const);
    await db
      .insertInto('contact_record')
      .values({ agency_id: agencyId, id: randomUUID(), partner_id: partnerId, kind, outcome: kind === 'attempt' ? 'no_answer' : null, occurred_at: instant(random), idempotency_key: randomUUID() })
      .execute();
  }
  for (let version = 1; version <= Math.floor(random() * 3); version++) {
    const wanted = random() < 0.8;
    await db.insertInto('safety_plan').values({ agency_id: agencyId, id: randomUUID(), partner_id: partnerId, version, wanted, content_encrypted: wanted ? 'x' : null, created_at: instant(random) }).execute();
  }
  if (random() < 0.4) {
    const recipient = pick(random, ['police', 'court', 'childrens_aid', 'crown'] as const);
    const made = random() < 0.7;
    const decidedAt = instant(random);
    const basis = recipient === 'childrens_aid' ? 'child_abuse_or_neglect' : pick(random, ['risk_to_partner', 'risk_to_child', 'assault', 'required_by_law'] as const);
    await db
      .insertInto('disclosure')
      .values({ agency_id: agencyId, id: randomUUID(), participant_id: participantId, partner_id: partnerId, raised_by_team: 'partner_contact', recipient, legal_basis: basis, summary_encrypted: 'x', method: made ? 'phone' : null, status: made ? 'made' : recipient === 'crown' ? 'pending_approval' : 'approved', crown_warning_given: recipient === 'crown', decided_at: decidedAt, approved_at: recipient === 'crown' && made ? decidedAt : null, made_at: made ? new Date(decidedAt.getTime() + 3_600_000) : null })
      .execute();
  }
}
