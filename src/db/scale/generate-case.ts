import type { AgencyWorld, Staff } from './agency-world.js';
import { generateFees } from './generate-fees.js';
import type { ReferredPerson } from './generate-referral.js';
import type { GroupAllocator, ScaleGroup } from './group-allocator.js';

/** A participant-side event the partner is told of (a `partner_notice` without a partner). */
export interface CaseNotice {
  id: string;
  day: number;
  type: string;
  eventKey: string;
}

/** What the case's partners and its report need to know about it. */
export interface CaseOutcome {
  person: ReferredPerson;
  /** The partner's 12 weeks start here: the enrolment, or the referral while not placed. */
  windowStart: number;
  notices: CaseNotice[];
  group: ScaleGroup | undefined;
  firstSession: number | undefined;
  closing?: { transitionId: string; day: number; state: 'completed' | 'discharged'; reasonCode: string | null; attended: number; excused: number; unexcused: number; lates: number };
}

const consentKinds = ['limits_of_confidentiality', 'release_to_referral_source', 'partner_contact_explained', 'participant_agreement'] as const;

/**
 * An accepted referral's case, as far as it got by "today": intake booked (sometimes missed and
 * rebooked) and held, the assessment and consents, the waitlist, a place in a group, weekly marks
 * (mostly present, some late, excused or unexcused), a concern now and then, and its end:
 * completed (with the facilitator's review), discharged after two unexcused absences, withdrawn,
 * or still under way. Each step is a `case_transition` with its audit event; fees along the way.
 */
export function generateCase(world: AgencyWorld, groups: GroupAllocator, person: ReferredPerson, receivedDay: number): CaseOutcome {
  const { random, calendar, writer, plan } = world;
  const tz = plan.timeZone;
  const today = calendar.today;
  const pid = person.id;
  const outcome: CaseOutcome = { person, windowStart: receivedDay, notices: [], group: undefined, firstSession: undefined };
  const intake = random.pick(world.staff.intake);
  let state = 'referred';
  let lastAt = new Date(0);
  const transition = (day: number, name: string, to: string, by: Staff, reason: string | null = null, reasonCode: string | null = null): string | undefined => {
    if (day >= today) return undefined;
    const id = random.uuid();
    // Each step after the one before, even on the same day.
    const drawn = calendar.at(day, tz, random.int(10, 17), random.int(0, 59));
    const at = drawn > lastAt ? drawn : new Date(lastAt.getTime() + 60_000);
    lastAt = at;
    writer.add('case_transition', { agency_id: world.id, id, participant_id: pid, transition: name, from_state: state, to_state: to, reason, reason_code: reasonCode, occurred_at: at, by_user: by.userId });
    world.audit.add({ at, type: 'case.transitioned', actor: by, subject: { type: 'participant', id: pid }, details: { transition: name, from: state, to } });
    state = to;
    return id;
  };
  // Intake: booked within days, held one to three weeks after the referral (8% missed and rebooked).
  const bookDay = receivedDay + random.int(1, 5);
  let appointmentDay = receivedDay + random.int(6, 21);
  const site = random.pick(world.sites);
  const appointment = (day: number, status: string) =>
    writer.add('intake_appointment', {
      agency_id: world.id, id: random.uuid(), participant_id: pid, site_id: site.id, mode: random.chance(0.75) ? 'in_person' : 'phone', starts_at: calendar.at(day, site.timeZone, random.int(9, 15)),
      time_zone: site.timeZone, duration_minutes: 60, status, booked_at: calendar.at(Math.min(bookDay, today - 1), tz, 11), booked_by: intake.userId,
    });
  if (!transition(bookDay, 'book_intake', 'intake_booked', intake)) return done(world, outcome, state);
  if (random.chance(0.08) && appointmentDay < today) {
    appointment(appointmentDay, 'missed');
    transition(appointmentDay + 1, 'rebook_intake', 'intake_booked', intake);
    appointmentDay += random.int(7, 14);
  }
  if (random.chance(0.05)) {
    appointment(appointmentDay, 'cancelled');
    transition(Math.min(appointmentDay, bookDay + 7), 'withdraw', 'withdrawn', intake, 'Moved out of the area', 'withdrawal');
    return done(world, outcome, state);
  }
  appointment(appointmentDay, appointmentDay < today ? 'attended' : 'booked');
  if (appointmentDay >= today) return done(world, outcome, state);

  // Assessment and consents at the appointment.
  const suitable = !random.chance(0.04);
  const assessedAt = calendar.at(appointmentDay, tz, 16);
  writer.add('intake_assessment', {
    agency_id: world.id, id: random.uuid(), participant_id: pid, form_version: 'v1', answers: { motivation: random.int(1, 5), substanceUse: random.chance(0.3), priorPrograms: random.int(0, 2) },
    suitability: suitable ? 'suitable' : 'unsuitable', reasons: suitable ? null : 'Needs mental-health support first', completed_at: assessedAt, completed_by: intake.userId,
  });
  transition(appointmentDay, 'record_assessment', 'assessed', intake);
  if (!suitable) {
    transition(appointmentDay + 1, 'find_unsuitable', 'unsuitable', intake, 'Needs mental-health support first', 'unsuitable');
    return done(world, outcome, state);
  }
  for (const kind of consentKinds) {
    writer.add('consent', { agency_id: world.id, id: random.uuid(), participant_id: pid, kind, form_version: 'v1', method: 'typed_name', signed_name: person.name, signed_at: assessedAt, witnessed_by: intake.userId });
  }
  transition(appointmentDay, 'waitlist', 'waitlisted', intake);
  generateFees(world, pid, person.stream, appointmentDay);

  // A seat in the next group of the stream.
  const readyDay = appointmentDay + random.int(1, 10);
  if (readyDay >= today - 1) return done(world, outcome, state);
  const group = groups.placeFor(person.stream, readyDay);
  const enrolDay = Math.min(readyDay, group.startDay - 1);
  const enrolmentId = random.uuid();
  const facilitator = group.facilitator;
  const manager = random.pick(world.staff.manager);
  transition(enrolDay, 'enrol', 'enrolled', intake);
  outcome.group = group;
  outcome.windowStart = enrolDay;
  outcome.firstSession = group.sessions[0]!.day;
  world.audit.add({ at: calendar.at(enrolDay, tz, 12), type: 'participant.placed', actor: intake, subject: { type: 'participant', id: pid }, details: { groupId: group.id, firstSession: 1, noContactWarnings: 0 } });
  notice(world, outcome, enrolDay, 'enrolled', `enrolment:${enrolmentId}`);

  // The weeks: how this case will end, and the marks up to that point or to today.
  const plan12 = random.weighted({ complete: 72, discharge: 17, withdraw: 11 });
  const stopAt = plan12 === 'complete' ? 12 : random.int(3, 9);
  let unexcused = 0;
  let excused = 0;
  let lates = 0;
  let attended = 0;
  let lastDay = enrolDay;
  let endTransition: string | undefined;
  for (const session of group.sessions) {
    if (session.day >= today || session.number > stopAt + (plan12 === 'discharge' ? 1 : 0)) break;
    let status: string = random.weighted({ present: 88, late: 6, excused: 4, unexcused: 2 });
    if (plan12 === 'complete' && status !== 'present' && (status !== 'late' || lates > 0)) status = 'present';
    if (plan12 === 'discharge' && session.number >= stopAt) status = 'unexcused';
    if (status === 'unexcused') unexcused += 1;
    if (status === 'excused') excused += 1;
    if (status === 'late') lates += 1;
    if (status === 'present' || status === 'late') attended += 1;
    const markId = random.uuid();
    writer.add('attendance_mark', {
      agency_id: world.id, id: markId, session_id: session.id, participant_id: pid, status, minutes_late: status === 'late' ? random.int(11, 25) : null,
      reason: status === 'excused' ? random.pick(['Ill', 'Work shift', 'Family emergency']) : null, recorded_at: new Date(session.startsAt.getTime() + 2.5 * 3_600_000), recorded_by: facilitator.userId,
    });
    if (status !== 'present') notice(world, outcome, session.day, status === 'late' ? 'lateness' : 'absence', `mark:${markId}:new:${status}`);
    if (attended === 1 && (status === 'present' || status === 'late') && state === 'enrolled') transition(session.day, 'start', 'active', facilitator);
    if (random.chance(0.004)) concern(world, pid, session, facilitator, outcome);
    lastDay = session.day;
  }
  const after = (days: number) => lastDay + days;
  if (plan12 === 'complete' && attended === 12) {
    const reviewDay = after(0);
    if (reviewDay < today) writer.add('completion_review', { agency_id: world.id, enrolment_id: enrolmentId, participant_id: pid, outcome: 'met', comments: null, reviewed_at: calendar.at(reviewDay, tz, 21), reviewed_by: facilitator.userId });
    const closeDay = after(random.int(1, 7));
    endTransition = transition(closeDay, 'complete', 'completed', manager, 'All sessions attended');
    if (endTransition) {
      notice(world, outcome, closeDay, 'completion', `case:${endTransition}`);
      outcome.closing = { transitionId: endTransition, day: closeDay, state: 'completed', reasonCode: null, attended, excused, unexcused, lates };
    }
  } else if (plan12 === 'discharge' && unexcused >= 2 && state === 'active') {
    const warnDay = after(1);
    const warned = transition(warnDay, 'warn_pending_discharge', 'pending_discharge', manager, 'Two unexcused absences', 'non_attendance');
    if (warned) notice(world, outcome, warnDay, 'pending_discharge', `case:${warned}`);
    const closeDay = after(random.int(7, 14));
    endTransition = warned && transition(closeDay, 'discharge', 'discharged', manager, 'Did not return after the warning', 'non_attendance');
    if (endTransition) {
      notice(world, outcome, closeDay, 'discharge', `case:${endTransition}`);
      outcome.closing = { transitionId: endTransition, day: closeDay, state: 'discharged', reasonCode: 'non_attendance', attended, excused, unexcused, lates };
    }
  } else if (plan12 === 'withdraw' && lastDay + 7 < today && lastDay > enrolDay) {
    endTransition = transition(after(random.int(3, 10)), 'withdraw', 'withdrawn', manager, 'Moved out of the area', 'withdrawal');
  }
  const ended = Boolean(endTransition);
  writer.add('enrolment', {
    agency_id: world.id, id: enrolmentId, participant_id: pid, group_id: group.id, enrolled_at: calendar.at(enrolDay, tz, 12), enrolled_by: intake.userId, first_session_number: 1,
    status: ended ? 'ended' : 'active', ended_at: ended ? calendar.at(Math.min(after(7), today - 1), tz, 18) : null, end_reason: ended ? (state === 'completed' ? 'complete' : state === 'discharged' ? 'discharge' : 'withdrawal') : null,
  });
  return done(world, outcome, state);
}

/** The participant's row goes in last, with the state the case reached. */
function done(world: AgencyWorld, outcome: CaseOutcome, state: string): CaseOutcome {
  world.writer.add('participant', { ...outcome.person.row, case_state: state });
  return outcome;
}

function notice(world: AgencyWorld, outcome: CaseOutcome, day: number, type: string, eventKey: string): void {
  if (day >= world.calendar.today) return;
  const id = world.random.uuid();
  outcome.notices.push({ id, day, type, eventKey });
}

function concern(world: AgencyWorld, pid: string, session: { id: string; day: number; startsAt: Date }, facilitator: Staff, outcome: CaseOutcome): void {
  const { random } = world;
  const kind = random.weighted({ disruptive_behaviour: 40, threat: 15, safety_concern: 15, impaired: 15, non_compliance: 10, homework_not_done: 5 });
  const id = random.uuid();
  const at = new Date(session.startsAt.getTime() + 2 * 3_600_000);
  const urgent = kind === 'threat' || kind === 'safety_concern';
  world.writer.add('session_concern', {
    agency_id: world.id, id, session_id: session.id, participant_id: pid, kind, threat_target: kind === 'threat' ? 'partner' : null, severity: urgent ? 'high' : random.pick(['low', 'medium']),
    urgent, recorded_at: at, recorded_by: facilitator.userId, acknowledged_at: random.chance(0.9) ? new Date(at.getTime() + 18 * 3_600_000) : null,
  });
  world.audit.add({ at, type: 'concern.raised', actor: facilitator, subject: { type: 'participant', id: pid }, details: { concernId: id, sessionId: session.id, kind, urgent } });
  if (kind === 'threat') outcome.notices.push({ id: random.uuid(), day: session.day, type: 'threat', eventKey: `concern:${id}` });
}
