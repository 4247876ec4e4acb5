import { SafetyPlanContent } from '../../core/safety-plans/safety-plans.schema.js';
import type { AgencyWorld } from './agency-world.js';
import type { CaseOutcome } from './generate-case.js';
import { contactNotes, familyNames, familyNamesFr, streets, womenGiven, womenGivenFr } from './names.js';

/**
 * The case's partners (most cases have one; a few two), dropped by intake at referral with the
 * phone and address given (encrypted), children, and the new-partner notice; the participant
 * side's notices; and each partner's Partner Contact file: attempts, consent (most wish contact,
 * some decline, some are never reached), confirmed preferences, a call every two or three weeks
 * through the 12 weeks (at least four when time allows), each delivering the notices raised
 * since, and sometimes a safety plan. Nothing after "today".
 */
export function generatePartners(world: AgencyWorld, outcome: CaseOutcome, receivedDay: number): number {
  const { random, calendar, writer, plan } = world;
  if (!random.chance(0.7)) return 0;
  const count = random.chance(0.05) ? 2 : 1;
  const pid = outcome.person.id;
  const tz = plan.timeZone;
  const intake = random.pick(world.staff.intake);
  const receivedAt = calendar.at(receivedDay, tz, 17);
  writer.add('partner_handoff', { agency_id: world.id, id: random.uuid(), participant_id: pid, referral_id: outcome.person.referralId, partners_count: count, passed_at: receivedAt, passed_by: intake.userId });
  for (const n of outcome.notices) {
    writer.add('partner_notice', { agency_id: world.id, id: n.id, participant_id: pid, partner_id: null, type: n.type, occurred_on: calendar.text(n.day), due_at: calendar.at(n.day + (n.type === 'threat' ? 0 : 2), tz, 17), urgent: n.type === 'threat', event_key: n.eventKey, created_at: calendar.at(n.day, tz, 21) });
  }
  for (let k = 0; k < count; k++) partner(world, outcome, receivedDay, receivedAt, intake.userId);
  return count;
}

function partner(world: AgencyWorld, outcome: CaseOutcome, receivedDay: number, receivedAt: Date, intakeId: string): void {
  const { random, calendar, writer, plan, seal } = world;
  const tz = plan.timeZone;
  const today = calendar.today;
  const id = random.uuid();
  const french = outcome.person.language === 'fr';
  const name = `${random.pick(french ? womenGivenFr : womenGiven)} ${random.pick(french ? familyNamesFr : familyNames)}`;
  const phone = `+1${random.pick(['416', '613', '905', '519', '705', '807'])}555${String(random.int(0, 9999)).padStart(4, '0')}`;
  const address = `${random.int(1, 999)} ${random.pick(streets)}, ${plan.sites[0]!.name} ON`;
  const givenPhone = random.chance(0.85);
  const givenAddress = random.chance(0.6);
  writer.add('partner', {
    agency_id: world.id, id, participant_id: outcome.person.id, full_name_encrypted: seal('partner', 'full_name', id, name), relationship: random.weighted({ victim: 60, former_partner: 25, current_partner: 12, other: 3 }),
    language: french ? 'fr' : 'en', phone_encrypted: givenPhone ? seal('partner', 'phone', id, phone) : null, address_encrypted: givenAddress ? seal('partner', 'address', id, address) : null, created_at: receivedAt, created_by: intakeId,
  });
  for (let c = random.weighted({ none: 45, one: 30, two: 20, three: 5 }) === 'none' ? 0 : random.int(1, 3); c > 0; c--) {
    writer.add('partner_child', { agency_id: world.id, id: random.uuid(), partner_id: id, age: random.int(0, 17) });
  }
  writer.add('partner_notice', { agency_id: world.id, id: random.uuid(), participant_id: outcome.person.id, partner_id: id, type: 'new_partner', occurred_on: calendar.text(receivedDay), due_at: calendar.at(receivedDay + 7, tz, 17), event_key: `referral:${outcome.person.referralId}:${id}`, created_at: receivedAt });

  const worker = random.pick(world.staff.partner_contact);
  const reach = random.weighted({ wishes: 64, declined: 21, unreached: 15 });
  const firstDay = receivedDay + random.int(2, 10);
  const phonePreference = random.uuid();
  const confirmed = reach === 'wishes' && firstDay < today;
  if (givenPhone || confirmed) {
    writer.add('contact_preference', {
      agency_id: world.id, id: phonePreference, partner_id: id, channel: 'phone', value_encrypted: seal('contact_preference', 'value', phonePreference, phone),
      safe_times_encrypted: confirmed ? seal('contact_preference', 'safe_times', phonePreference, random.pick(['Weekdays 9:00–15:00', 'Mornings only', 'Evenings after 19:00'])) : null,
      safe: confirmed ? true : null, voicemail_ok: confirmed && random.chance(0.5), confirmed_on: confirmed ? calendar.text(firstDay) : null, created_at: receivedAt, created_by: confirmed ? worker.userId : intakeId,
    });
  }
  if (givenAddress) {
    const mailId = random.uuid();
    writer.add('contact_preference', { agency_id: world.id, id: mailId, partner_id: id, channel: 'mail', value_encrypted: seal('contact_preference', 'value', mailId, address), safe: null, created_at: receivedAt, created_by: intakeId });
  }
  const delivered = new Set<string>();
  const contact = (day: number, kind: string, values: { outcome?: string; minutes?: number; topics?: string[]; notes?: string; deliver?: boolean }) => {
    if (day >= today) return;
    const contactId = random.uuid();
    const at = calendar.at(day, tz, random.int(9, 16), random.int(0, 59));
    const toDeliver = values.deliver ? outcome.notices.filter((n) => n.day <= day && !delivered.has(n.id)) : [];
    writer.add('contact_record', {
      agency_id: world.id, id: contactId, partner_id: id, kind, initiated_by: 'worker', outcome: values.outcome ?? null, preference_id: givenPhone || confirmed ? phonePreference : null, occurred_at: at,
      duration_minutes: values.minutes ?? null, by_user: worker.userId, topics: values.topics ?? [], notes_encrypted: values.notes ? seal('contact_record', 'notes', contactId, values.notes) : null, idempotency_key: random.uuid(), created_at: at,
    });
    for (const n of toDeliver) {
      delivered.add(n.id);
      writer.add('notice_delivery', { agency_id: world.id, notice_id: n.id, partner_id: id, contact_id: contactId, delivered_at: at });
    }
    world.audit.add({ at, type: 'partner.contact_recorded', actor: worker, subject: { type: 'partner', id }, details: { contactId, kind, outcome: values.outcome ?? null, initiatedBy: 'worker', noticesDelivered: toDeliver.length } });
  };
  const attempts = reach === 'unreached' ? random.int(2, 4) : random.int(0, 2);
  for (let a = 0; a < attempts; a++) contact(receivedDay + 1 + a * 2, 'attempt', { outcome: random.weighted({ no_answer: 60, voicemail_left: 20, busy: 10, wrong_number: 5, not_safe_to_talk: 5 }) });
  if (reach === 'unreached' || firstDay >= today) return;

  const consentId = random.uuid();
  const decision = reach === 'wishes' ? 'wishes_contact' : 'declined';
  const consentAt = calendar.at(firstDay, tz, 17);
  writer.add('partner_consent', { agency_id: world.id, id: consentId, partner_id: id, decision, decided_on: calendar.text(firstDay), how: 'phone', note_encrypted: decision === 'declined' ? seal('partner_consent', 'note', consentId, 'Does not want calls; knows she can call us.') : null, recorded_at: consentAt, recorded_by: worker.userId });
  world.audit.add({ at: consentAt, type: 'partner.consent_recorded', actor: worker, subject: { type: 'partner', id }, details: { decision } });
  if (decision === 'declined') {
    contact(firstDay, 'call', { minutes: 5, topics: ['consent', 'program_information'], notes: 'Declined; gave our number in case she changes her mind.' });
    return;
  }
  contact(firstDay, 'call', { minutes: random.int(20, 45), topics: ['program_information', 'consent', 'confidentiality_limits', 'safety_planning'], notes: random.pick(contactNotes), deliver: true });
  // The window: 12 weeks from the placement (or the first call), a little longer if the case closes later.
  const windowEnd = Math.max(outcome.windowStart, firstDay) + 84 + (outcome.closing ? Math.max(0, outcome.closing.day - outcome.windowStart - 84) + 7 : 0);
  for (let day = firstDay + random.int(14, 21); day <= windowEnd; day += random.int(12, 21)) {
    if (random.chance(0.2)) contact(day - 1, 'attempt', { outcome: 'no_answer' });
    const kind = random.weighted({ call: 85, email: 8, text: 5, in_person: 2 });
    contact(day, kind, { minutes: kind === 'call' || kind === 'in_person' ? random.int(10, 40) : undefined, topics: ['notices_delivered', 'safety_planning'], notes: random.pick(contactNotes), deliver: true });
  }
  if (random.chance(0.35)) {
    const versions = random.chance(0.15) ? 2 : 1;
    for (let v = 1; v <= versions; v++) {
      const planDay = firstDay + (v - 1) * random.int(20, 50);
      if (planDay >= today) break;
      const planId = random.uuid();
      const content = SafetyPlanContent.parse({ safePlace: random.pick(['Her sister’s apartment', 'A friend’s house', 'Her mother’s home']), codeWord: random.pick(['blueberry', 'red umbrella', 'sunflower']), emergencyNumbers: [{ label: 'Police', number: '911' }] });
      const at = new Date(calendar.at(planDay, tz, 17).getTime() + v * 60_000);
      writer.add('safety_plan', { agency_id: world.id, id: planId, partner_id: id, version: v, wanted: true, content_encrypted: seal('safety_plan', 'content', planId, JSON.stringify(content)), created_at: at, created_by: worker.userId });
      world.audit.add({ at, type: 'safety_plan.saved', actor: worker, subject: { type: 'partner', id }, details: { version: v, wanted: true } });
    }
  }
}
