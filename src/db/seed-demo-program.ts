import type { Transaction } from 'kysely';
import { loadStandings } from '../core/attendance/standing.queries.js';
import { bookIntake, consentKinds, recordAssessment, recordConsent } from '../core/intake/index.js';
import { planSessions } from '../core/groups/plan-sessions.js';
import { applyTransition } from '../core/participants/apply-transition.js';
import type { CaseTransition } from '../core/participants/case-lifecycle.rules.js';
import { defaultCurriculum } from '../core/programs/default-curriculum.js';
import { StreamPolicy, type StreamPolicyInput } from '../core/programs/stream-policy.js';
import { ReceiveReferralInput, receiveReferral } from '../core/referrals/index.js';
import { addDays } from '../core/shared/business-days.js';
import type { Ctx } from '../core/shared/ctx.js';
import { instantToZonedTime, zonedTimeToInstant } from '../core/shared/zoned-time.js';
import type { DB } from './schema.js';

/** The streams a mid-sized Ontario agency runs (names in both languages, policy where it differs). */
const streams: { code: string; name: string; nameFr: string; policy: StreamPolicyInput }[] = [
  { code: 'men-en', name: "Men's group (English)", nameFr: 'Groupe pour hommes (anglais)', policy: {} },
  { code: 'men-fr', name: 'Programme IPV – hommes (français)', nameFr: 'Programme IPV – hommes (français)', policy: { language: 'fr' } },
  { code: 'women-en', name: "Women's group (English)", nameFr: 'Groupe pour femmes (anglais)', policy: { groupGender: 'women', groupSizeMin: 4, groupSizeMax: 10 } },
  { code: 'indigenous', name: 'Indigenous IPVP (men)', nameFr: 'Programme IPVP autochtone (hommes)', policy: { indigenous: true, groupSizeMin: 4, groupSizeMax: 10 } },
  { code: 'phone-en', name: 'Telephone group (English)', nameFr: 'Groupe par téléphone (anglais)', policy: { delivery: 'phone', groupSizeMin: 4, groupSizeMax: 8, sessionMinutes: 90 } },
];

/** Ontario's statutory holidays for the demo's year (agencies are closed). */
const holidays: [string, string, string][] = [
  ['2026-12-25', 'Christmas Day', 'Noël'],
  ['2026-12-28', 'Boxing Day (observed)', 'Lendemain de Noël (observé)'],
  ['2027-01-01', "New Year's Day", 'Jour de l’An'],
  ['2027-02-15', 'Family Day', 'Jour de la Famille'],
  ['2027-03-26', 'Good Friday', 'Vendredi saint'],
  ['2027-05-24', 'Victoria Day', 'Fête de la Reine'],
  ['2027-07-01', 'Canada Day', 'Fête du Canada'],
  ['2027-08-02', 'Civic Holiday', 'Congé civique'],
  ['2027-09-06', 'Labour Day', 'Fête du Travail'],
  ['2027-10-11', 'Thanksgiving', 'Action de grâce'],
];

type Mark = 'P' | 'L' | 'E' | 'U' | 'R' | 'O' | '-';
const statusOf = { P: 'present', L: 'late', E: 'excused', U: 'unexcused', R: 'refused_entry', O: 'left_early' } as const;

/**
 * The people in the two running groups and their attendance so far, one letter a held session
 * from the one they joined at: P present, L late (15 min), E excused, U unexcused, R refused
 * entry, O left early. Together they show every standing: eligible to complete, on track, at
 * risk, pending discharge, and a completed and a discharged case.
 */
const members: { group: 0 | 1; given: string; family: string; dob: string; language: 'en' | 'fr'; joinAt: number; marks: string; then?: CaseTransition[]; partner?: string }[] = [
  { group: 0, given: 'Trevor', family: 'Bains', dob: '1986-03-14', language: 'en', joinAt: 1, marks: 'PPPPPPPPPPPP', partner: 'Melissa Bains' },
  { group: 0, given: 'Omar', family: 'Haddou', dob: '1992-06-02', language: 'en', joinAt: 1, marks: 'PPPLPPPEPPPPP', then: ['complete'] },
  { group: 0, given: 'Jason', family: 'Whitfield', dob: '1981-10-27', language: 'en', joinAt: 1, marks: 'PPUPPPPPPEPP' },
  { group: 0, given: 'Curtis', family: 'Bowman', dob: '1989-01-09', language: 'en', joinAt: 2, marks: 'PPUPPUPPPPP', then: ['warn_pending_discharge'], partner: 'Amanda Bowman' },
  { group: 0, given: 'Luis', family: 'Ferreira', dob: '1994-12-19', language: 'en', joinAt: 6, marks: 'PPLPPPP' },
  { group: 0, given: 'Daniel', family: 'Akers', dob: '1985-05-30', language: 'en', joinAt: 1, marks: 'PPUPU', then: ['warn_pending_discharge', 'discharge'] },
  { group: 1, given: 'Mathieu', family: 'Bergeron', dob: '1983-08-08', language: 'fr', joinAt: 1, marks: 'PPPPPP', partner: 'Chantal Bergeron' },
  { group: 1, given: 'Yannick', family: 'Pelletier', dob: '1990-02-21', language: 'fr', joinAt: 1, marks: 'PLPLPL' },
  { group: 1, given: 'Éric', family: 'Charbonneau', dob: '1978-04-16', language: 'fr', joinAt: 3, marks: 'PEPP' },
];

/**
 * Streams with their curriculum, the holidays, and two running groups (Tuesday evening in
 * Toronto, English; Thursday evening, French) whose members have attended for weeks, through the
 * real intake use cases and the case lifecycle, so standings, notices and history are what staff
 * would see. Attendance rows are written directly (the roster use case needs a signed-in
 * facilitator). Runs once: it does nothing when the agency already has a stream.
 */
export async function seedDemoProgram(ctx: Ctx, input: { agencyId: string; siteId: string; facilitatorIds: string[] }): Promise<number> {
  const { agencyId } = input;
  const hasStreams = await ctx.db.transaction((trx) => trx.selectFrom('program_stream').select('id').limit(1).execute());
  if (hasStreams.length > 0) return 0;
  const streamIds = await ctx.db.transaction(async (trx) => {
    for (const [day, name, nameFr] of holidays) {
      await trx.insertInto('holiday').values({ agency_id: agencyId, day, name, name_fr: nameFr }).onConflict((oc) => oc.columns(['agency_id', 'day']).doNothing()).execute();
    }
    const ids: string[] = [];
    for (const stream of streams) {
      const { id } = await trx
        .insertInto('program_stream')
        .values({ agency_id: agencyId, code: stream.code, name: stream.name, name_fr: stream.nameFr, policy: JSON.stringify(StreamPolicy.parse(stream.policy)) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('curriculum_topic')
        .values(defaultCurriculum.map((t, index) => ({ agency_id: agencyId, stream_id: id, position: index + 1, title: t.title, title_fr: t.titleFr, summary: t.summary, summary_fr: t.summaryFr })))
        .execute();
      ids.push(id);
    }
    return ids;
  });

  const today = instantToZonedTime(ctx.now, 'America/Toronto').slice(0, 10);
  const groups = [
    { name: 'Tuesday evening – men (English)', stream: streamIds[0]!, weekday: 2, weeksAgo: 14, room: 'Room 204' },
    { name: 'Jeudi soir – hommes (français)', stream: streamIds[1]!, weekday: 4, weeksAgo: 7, room: 'Salle 101' },
  ];
  const groupSessions = await ctx.db.transaction(async (trx) => {
    const all: { id: string; groupId: string; number: number; localDate: string; startsAt: Date }[][] = [];
    for (const group of groups) {
      const { id } = await trx
        .insertInto('group_cycle')
        .values({
          agency_id: agencyId, stream_id: group.stream, name: group.name, site_id: input.siteId, room: group.room, weekday: group.weekday, start_time: '18:30',
          time_zone: 'America/Toronto', start_date: addDays(today, -7 * group.weeksAgo), capacity: 12,
          facilitator_1: input.facilitatorIds[0] ?? null, facilitator_2: input.facilitatorIds[1] ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const planned = planSessions({ from: addDays(today, -7 * group.weeksAgo), weekday: group.weekday, startTime: '18:30', timeZone: 'America/Toronto', cadence: 'weekly', count: group.weeksAgo + 12, firstNumber: 1, topics: 12, holidays: new Set(holidays.map((h) => h[0])) });
      const rows = await trx
        .insertInto('group_session')
        .values(planned.map((s) => ({ agency_id: agencyId, group_id: id, number: s.number, topic_position: s.topicPosition, starts_at: s.startsAt, local_date: s.localDate, minutes: 120 })))
        .returning(['id', 'number', 'local_date', 'starts_at'])
        .execute();
      all.push(rows.map((r) => ({ id: r.id, groupId: id, number: r.number, localDate: r.local_date, startsAt: r.starts_at })));
    }
    return all;
  });

  for (const [index, member] of members.entries()) {
    const sessions = groupSessions[member.group]!;
    // Each member's file reads in order: referred four weeks, assessed and waitlisted three weeks
    // before placement, placed a week before the first session, attending from then on.
    const enrolledOn = addDays(sessions[member.joinAt - 1]!.localDate, -7);
    const at = (day: string, time: string) => zonedTimeToInstant(`${day}T${time}`, 'America/Toronto');
    const id = await waitlist({ ...ctx, now: at(addDays(enrolledOn, -28), '11:00') }, member, index, input.siteId);
    const held = sessions.filter((s) => s.number >= member.joinAt && s.startsAt.getTime() < ctx.now.getTime());
    await ctx.db.transaction(async (trx) => {
      const placedAt = at(enrolledOn, '14:00');
      await trx.insertInto('enrolment').values({ agency_id: agencyId, participant_id: id, group_id: sessions[0]!.groupId, enrolled_at: placedAt, first_session_number: member.joinAt }).execute();
      await applyTransition({ ...ctx, now: placedAt }, trx, { participantId: id, transition: 'enrol' });
      const marks = [...member.marks] as Mark[];
      for (const [position, session] of held.entries()) {
        const mark = marks[position];
        if (!mark || mark === '-') continue;
        await trx
          .insertInto('attendance_mark')
          .values({ agency_id: agencyId, session_id: session.id, participant_id: id, status: statusOf[mark], minutes_late: mark === 'L' ? 15 : null, minutes_left_early: mark === 'O' ? 40 : null, reason: mark === 'E' ? 'Medical appointment' : null, recorded_at: session.startsAt, recorded_by: input.facilitatorIds[0] ?? null })
          .execute();
      }
      await applyTransition({ ...ctx, now: held[0]?.startsAt ?? ctx.now }, trx, { participantId: id, transition: 'start' });
      if (index === 0) await fillWorkbook(trx, agencyId, id, input.facilitatorIds[0] ?? null, ctx.now);
      for (const transition of member.then ?? []) await finish(ctx, trx, agencyId, id, transition);
    });
  }
  return members.length;
}

/** A person referred, assessed, consented and waitlisted through the intake use cases. */
async function waitlist(ctx: Ctx, member: (typeof members)[number], index: number, siteId: string): Promise<string> {
  const receipt = await receiveReferral(ctx, ReceiveReferralInput.parse({
    idempotencyKey: `demo-member-${String(index).padStart(3, '0')}`,
    participant: { givenName: member.given, familyName: member.family, dateOfBirth: member.dob, gender: 'man', groupGender: 'men', language: member.language, phone: `416-555-03${String(10 + index)}`, email: `${member.given.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}@example.org` },
    referral: { source: index % 2 ? 'probation' : 'court', stream: index % 2 ? 'probation_order' : 'early_intervention', courtFileNumber: `DEMO-2${String(100 + index)}`, courtLocation: 'Toronto', orderDate: '2026-07-02', completeBy: '2027-01-31', charges: ['assault'] },
    conditions: member.partner ? [{ kind: 'no_contact', withWhom: 'the complainant', exceptions: 'through counsel' }] : [],
    partners: member.partner ? [{ fullName: member.partner, relationship: 'victim', language: member.language, phone: `416-555-04${String(10 + index)}`, childrenAges: index % 3 === 0 ? [6, 11] : [] }] : [],
  }));
  const id = receipt.participantId;
  const booked = await bookIntake(ctx, id, { mode: 'in_person', siteId, startsAtLocal: `${addDays(ctx.now.toISOString().slice(0, 10), 2)}T10:00`, durationMinutes: 60, version: 1 });
  // The intake interview, a week after the referral.
  const assessed = await recordAssessment({ ...ctx, now: new Date(ctx.now.getTime() + 7 * 86_400_000) }, id, { answers: { substanceUse: 'some', mentalHealthScreen: 'no_concerns', readiness: 'Accepts the referral.' }, suitability: 'suitable', version: booked.version });
  const intakeDay = { ...ctx, now: new Date(ctx.now.getTime() + 7 * 86_400_000 + 3_600_000) };
  for (const kind of consentKinds) await recordConsent(intakeDay, id, { kind, method: 'typed_name', signedName: `${member.given} ${member.family}` });
  await ctx.db.transaction((trx) => applyTransition(intakeDay, trx, { participantId: id, transition: 'waitlist', version: assessed.version }));
  return id;
}

/** The decisions that follow attendance: the warning, the discharge, the completion (with its check-out). */
async function finish(ctx: Ctx, trx: Transaction<DB>, agencyId: string, participantId: string, transition: CaseTransition): Promise<void> {
  if (transition === 'complete') {
    const enrolment = await trx.selectFrom('enrolment').select('id').where('participant_id', '=', participantId).where('status', '=', 'active').executeTakeFirstOrThrow();
    await trx.insertInto('completion_review').values({ agency_id: agencyId, enrolment_id: enrolment.id, participant_id: participantId, outcome: 'met', comments: 'Took part fully; named his own choices.', reviewed_at: ctx.now, reviewed_by: null }).execute();
    const standing = (await loadStandings(trx, [participantId], { now: ctx.now })).get(participantId);
    if (standing?.result.standing !== 'eligible_to_complete') return;
  }
  const reasons: Partial<Record<CaseTransition, { reason: string; reasonCode?: string }>> = {
    warn_pending_discharge: { reason: 'Two unexcused absences.', reasonCode: 'non_attendance' },
    discharge: { reason: 'Did not return after the warning.', reasonCode: 'non_attendance' },
    complete: { reason: 'All sessions attended.' },
  };
  await applyTransition(ctx, trx, { participantId, transition, ...reasons[transition] });
}

/** A workbook filled in over the weeks with one participant: values, warning signs, accountability actions. */
async function fillWorkbook(trx: Transaction<DB>, agencyId: string, participantId: string, by: string | null, now: Date): Promise<void> {
  const stamp = { agency_id: agencyId, participant_id: participantId, updated_at: now, updated_by: by };
  await trx.insertInto('workbook').values({ ...stamp, version: 1 }).execute();
  const values = ['I speak to my partner with respect, even when I disagree.', 'I listen before I answer.', 'My children feel safe at home.'];
  await trx.insertInto('relationship_value').values(values.map((text, index) => ({ ...stamp, position: index + 1, text }))).execute();
  const signs = [
    { kind: 'behaviour' as const, text: 'I raise my voice and pace the room.' },
    { kind: 'physical' as const, text: 'My jaw and shoulders tighten.' },
    { kind: 'thoughts' as const, text: '"Here we go again."' },
  ];
  await trx.insertInto('warning_sign').values(signs.map((sign, index) => ({ ...stamp, position: index + 1, ...sign }))).execute();
  const actions = [
    { text: 'Take a time-out and leave the room when I notice my warning signs.', status: 'done' as const },
    { text: 'Respect the no-contact order and the family court schedule.', status: 'done' as const },
    { text: 'Keep seeing a counsellor after the program.', status: 'planned' as const },
  ];
  await trx.insertInto('accountability_action').values(actions.map((action, index) => ({ ...stamp, position: index + 1, ...action }))).execute();
}
