import type { ReportContent } from '../../core/reports/reports.schema.js';
import type { AgencyWorld } from './agency-world.js';
import type { CaseOutcome } from './generate-case.js';
import { observations } from './names.js';

/**
 * The report to the referral source on a closed case (most closings have one): a draft, signed,
 * or sent (by fax, portal, email or mail) and often acknowledged. Signed reports carry their
 * frozen content, encrypted, in the shape the reports module reads back (`ReportContent`).
 */
export function generateReport(world: AgencyWorld, outcome: CaseOutcome): void {
  const closing = outcome.closing;
  if (!closing) return;
  const { random, calendar, writer, plan, seal } = world;
  if (!random.chance(0.92)) return;
  const tz = plan.timeZone;
  const today = calendar.today;
  const pid = outcome.person.id;
  const id = random.uuid();
  const manager = random.pick(world.staff.manager);
  const facilitator = outcome.group?.facilitator ?? random.pick(world.staff.facilitator);
  const kind = closing.state === 'completed' ? 'completion' : 'non_completion';
  const language = outcome.person.language;
  const createdDay = Math.min(closing.day + random.int(0, 2), today - 1);
  const createdAt = calendar.at(createdDay, tz, 18);
  const stage = random.weighted({ draft: 8, signed: 12, sent: 80 });
  const signDay = createdDay + random.int(1, 4);
  const signed = stage !== 'draft' && signDay < today;
  const text = random.pick(observations);
  const signedAt = calendar.at(signDay, tz, 16);
  const r = outcome.person.referral;
  const content: ReportContent = {
    kind,
    agency: { name: plan.name, nameFr: plan.nameFr },
    participant: { name: outcome.person.name, dateOfBirth: outcome.person.dateOfBirth },
    referral: { source: r.source, stream: r.stream, courtFileNumber: r.courtFileNumber, courtLocation: r.courtLocation, charges: r.charges, orderDate: r.orderDate, completeBy: r.completeBy, officerName: r.officerName, officerOffice: r.officerOffice },
    program: { name: outcome.person.stream.name, nameFr: outcome.person.stream.nameFr, groupName: outcome.group?.name ?? null, startedOn: outcome.firstSession === undefined ? null : calendar.text(outcome.firstSession), endedOn: calendar.text(closing.day) },
    attendance: { attended: closing.attended, credited: closing.attended, required: 12, excused: closing.excused, unexcused: closing.unexcused, refusedEntry: 0, leftEarly: 0, lates: closing.lates, madeUp: 0 },
    outcome: { state: closing.state, reasonCode: closing.reasonCode },
    observations: text,
    concerns: [],
    signature: signed ? { name: manager.name, signedOn: calendar.text(signDay) } : null,
  };
  const sent = signed && stage === 'sent' && signDay + 1 < today;
  writer.add('court_report', {
    agency_id: world.id, id, participant_id: pid, transition_id: closing.transitionId, kind, status: sent ? 'sent' : signed ? 'signed' : 'draft', language,
    observations_encrypted: seal('court_report', 'observations', id, text), concern_ids: [], content_encrypted: signed ? seal('court_report', 'content', id, JSON.stringify(content)) : null,
    signed_name: signed ? manager.name : null, signed_on: signed ? calendar.text(signDay) : null, signed_at: signed ? signedAt : null, signed_by: signed ? manager.userId : null,
    created_at: createdAt, created_by: facilitator.userId, updated_at: signed ? signedAt : createdAt, updated_by: signed ? manager.userId : facilitator.userId, version: sent ? 4 : signed ? 3 : 1,
  });
  world.audit.add({ at: createdAt, type: 'report.created', actor: facilitator, subject: { type: 'participant', id: pid }, details: { reportId: id, kind } });
  if (!signed) return;
  world.audit.add({ at: signedAt, type: 'report.signed', actor: manager, subject: { type: 'participant', id: pid }, details: { reportId: id, language, concerns: 0 } });
  if (!sent) return;
  const sendDay = signDay + 1;
  const method = random.weighted({ fax: 35, portal: 30, email: 25, mail: 7, hand: 3 });
  const deliveryId = random.uuid();
  const recordedAt = calendar.at(sendDay, tz, 11);
  writer.add('report_delivery', {
    agency_id: world.id, id: deliveryId, report_id: id, method, to_address: method === 'email' ? 'reports@probation.example.org' : null, delivered_on: calendar.text(sendDay),
    idempotency_key: `scale-${deliveryId}`, recorded_at: recordedAt, recorded_by: manager.userId,
  });
  world.audit.add({ at: recordedAt, type: 'report.sent', actor: manager, subject: { type: 'participant', id: pid }, details: { reportId: id, deliveryId, method } });
  const ackDay = sendDay + random.int(1, 15);
  if (random.chance(0.65) && ackDay < today) {
    const ackAt = calendar.at(ackDay, tz, 14);
    const ackMethod = random.weighted({ email: 50, phone: 20, portal: 20, fax: 10 });
    writer.add('report_ack', { agency_id: world.id, report_id: id, acknowledged_on: calendar.text(ackDay), acknowledged_by: r.officerName, method: ackMethod, recorded_at: ackAt, recorded_by: manager.userId });
    world.audit.add({ at: ackAt, type: 'report.acknowledged', actor: manager, subject: { type: 'participant', id: pid }, details: { reportId: id, method: ackMethod } });
  }
}
