import type { AgencyWorld, Stream } from './agency-world.js';
import { courtCharges, familyNames, familyNamesFr, indigenousFamilyNames, menGiven, menGivenFr, officeOfficers, streets, womenGiven, womenGivenFr } from './names.js';

export interface ReferredPerson {
  id: string;
  referralId: string;
  name: string;
  dateOfBirth: string;
  language: 'en' | 'fr';
  stream: Stream;
  /** The participant's row, written once the case's state is known. */
  row: Record<string, unknown>;
  referral: { source: string; stream: string; courtFileNumber: string | null; courtLocation: string | null; charges: string[]; orderDate: string | null; completeBy: string | null; officerName: string | null; officerOffice: string | null };
}

const sources = { court: 25, probation: 35, crown: 10, central_intake: 15, self: 8, other: 7 } as const;
const streamsBySource: Record<keyof typeof sources, readonly string[]> = {
  court: ['peace_bond', 'early_intervention', 'coordinated_prosecution'],
  probation: ['probation_order'],
  crown: ['coordinated_prosecution', 'early_intervention'],
  central_intake: ['probation_order', 'early_intervention', 'bail_condition'],
  self: ['voluntary'],
  other: ['voluntary', 'bail_condition'],
};

/**
 * A new participant with their referral received on `day` (written with its conditions), the
 * referral's decision, and the `referral.received` / `referral.decided` audit events.
 */
export function referNewPerson(world: AgencyWorld, day: number, decision: 'accepted' | 'returned'): ReferredPerson {
  const { random, calendar, writer, plan } = world;
  const women = random.chance(0.15);
  const french = random.chance(plan.french);
  const indigenous = !women && random.chance(0.08);
  const stream =
    (women && world.streams.find((s) => s.groupGender === 'women')) ||
    (indigenous && world.streams.find((s) => s.indigenous)) ||
    (french && world.streams.find((s) => s.language === 'fr')) ||
    world.streams[0]!;
  const given = random.pick(women ? (french ? womenGivenFr : womenGiven) : french ? menGivenFr : menGiven);
  const family = random.pick(indigenous && random.chance(0.6) ? indigenousFamilyNames : french ? familyNamesFr : familyNames);
  const birthYear = new Date(day * 86_400_000).getUTCFullYear() - random.int(19, 66);
  const dateOfBirth = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const id = random.uuid();
  const tz = plan.timeZone;
  const receivedAt = calendar.at(day, tz, random.int(9, 16), random.int(0, 59));
  const intake = random.pick(world.staff.intake);
  const gender = women ? 'woman' : random.chance(0.01) ? 'two_spirit' : 'man';
  const row = {
    agency_id: world.id, id, given_name: given, family_name: family, date_of_birth: dateOfBirth, gender, group_gender: women ? 'women' : 'men',
    language: french ? 'fr' : random.chance(0.04) ? 'other' : 'en', language_other: null, interpreter_needed: false, indigenous_identity: indigenous,
    phone: random.chance(0.85) ? `+1${random.pick(['416', '647', '613', '905', '519', '705', '807'])}555${String(random.int(0, 9999)).padStart(4, '0')}` : null,
    email: random.chance(0.4) ? `${given.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${id.slice(0, 6)}@example.org` : null,
    safe_to_leave_messages: random.chance(0.7), street: `${random.int(1, 999)} ${random.pick(streets)}`, city: plan.sites[0]!.name, province: 'ON', postal_code: null,
    case_state: 'referred', created_at: receivedAt, created_by: intake.userId, updated_at: receivedAt, reminders_opt_in: random.chance(0.3),
  };
  const referral = addReferral(world, id, day, receivedAt, decision, null);
  return { id, row, referralId: referral.id, name: `${given} ${family}`, dateOfBirth, language: french ? 'fr' : 'en', stream, referral: referral.content };
}

/** A referral row (and its conditions and audit events) for a participant, new or already known. */
export function addReferral(world: AgencyWorld, participantId: string, day: number, receivedAt: Date, status: 'accepted' | 'returned' | 'duplicate', duplicateOf: string | null) {
  const { random, calendar, writer, plan } = world;
  const source = random.weighted(sources);
  const stream = random.pick(streamsBySource[source]);
  const courtOrdered = source === 'court' || source === 'probation' || source === 'crown';
  const orderDay = courtOrdered ? day - random.int(10, 60) : null;
  const id = random.uuid();
  const intake = random.pick(world.staff.intake);
  const decidedAt = new Date(Math.max(calendar.at(Math.min(day + random.int(0, 2), calendar.today - 1), plan.timeZone, 15, random.int(0, 59)).getTime(), receivedAt.getTime() + 1_800_000));
  const content = {
    source, stream,
    courtFileNumber: courtOrdered ? `${random.int(1000, 4999)}-${String(random.int(0, 999_999)).padStart(6, '0')}` : null,
    courtLocation: courtOrdered ? `${plan.sites[0]!.name} Ontario Court of Justice` : null,
    charges: courtOrdered ? [random.pick(courtCharges), ...(random.chance(0.3) ? [random.pick(courtCharges)] : [])] : [],
    orderDate: orderDay === null ? null : calendar.text(orderDay),
    completeBy: orderDay === null ? null : calendar.text(orderDay + 365),
    officerName: source === 'probation' ? random.pick(officeOfficers) : null,
    officerOffice: source === 'probation' ? `${plan.sites[0]!.name} Probation and Parole` : null,
  };
  writer.add('referral', {
    agency_id: world.id, id, participant_id: participantId, source, stream, court_file_number: content.courtFileNumber, court_location: content.courtLocation,
    charges: content.charges, order_date: content.orderDate, complete_by: content.completeBy, officer_name: content.officerName, officer_office: content.officerOffice,
    officer_email: source === 'probation' ? `officer.${random.int(1, 80)}@probation.example.org` : null, status,
    return_reason: status === 'returned' ? random.pick(['Outside our catchment area', 'Referred to another program', 'Incomplete referral']) : null,
    duplicate_of: duplicateOf, received_at: receivedAt, decided_at: decidedAt, decided_by: intake.userId, created_by: intake.userId, idempotency_key: `scale-${id}`,
  });
  if (courtOrdered && random.chance(0.5)) {
    writer.add('referral_condition', { agency_id: world.id, id: random.uuid(), referral_id: id, kind: 'no_contact', with_whom: 'The complainant', exceptions: random.chance(0.3) ? 'Through counsel or family court' : null, expires_on: calendar.text(day + 365) });
  }
  const actor = intake;
  world.audit.add({ at: receivedAt, type: 'referral.received', actor, subject: { type: 'participant', id: participantId }, details: { referralId: id, source, stream, newParticipant: status !== 'duplicate', partnersPassedOn: 0 } });
  world.audit.add({ at: decidedAt, type: 'referral.decided', actor, subject: { type: 'participant', id: participantId }, details: { referralId: id, status } });
  return { id, content };
}
