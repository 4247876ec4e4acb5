import { recordAssessment, recordConsent, bookIntake, consentKinds } from '../core/intake/index.js';
import { transitionCase } from '../core/participants/index.js';
import { ReceiveReferralInput, receiveReferral } from '../core/referrals/index.js';
import type { Ctx } from '../core/shared/ctx.js';

type Stage = 'referred' | 'intake_booked' | 'assessed' | 'unsuitable' | 'waitlisted' | 'withdrawn' | 'transferred';

/** Invented people (no resemblance intended), each taken as far as the program allows today. */
const people: { given: string; family: string; dob: string; gender: 'man' | 'woman'; language: 'en' | 'fr'; stream: ReceiveReferralInput['referral']['stream']; source: ReceiveReferralInput['referral']['source']; stage: Stage; partner?: string }[] = [
  { given: 'Marc', family: 'Lavoie', dob: '1984-02-11', gender: 'man', language: 'fr', stream: 'early_intervention', source: 'court', stage: 'referred', partner: 'Julie Lavoie' },
  { given: 'Derek', family: 'Holloway', dob: '1991-07-30', gender: 'man', language: 'en', stream: 'probation_order', source: 'probation', stage: 'intake_booked' },
  { given: 'Tanya', family: 'Brooks', dob: '1987-12-03', gender: 'woman', language: 'en', stream: 'peace_bond', source: 'crown', stage: 'assessed' },
  { given: 'Kevin', family: 'Oduya', dob: '1979-05-19', gender: 'man', language: 'en', stream: 'coordinated_prosecution', source: 'court', stage: 'unsuitable' },
  { given: 'Sébastien', family: 'Caron', dob: '1983-09-25', gender: 'man', language: 'fr', stream: 'early_intervention', source: 'central_intake', stage: 'waitlisted', partner: 'Nathalie Caron' },
  { given: 'Ryan', family: 'McLeod', dob: '1995-01-14', gender: 'man', language: 'en', stream: 'bail_condition', source: 'court', stage: 'waitlisted' },
  { given: 'Alicia', family: 'Moreno', dob: '1990-04-08', gender: 'woman', language: 'en', stream: 'voluntary', source: 'self', stage: 'waitlisted' },
  { given: 'Paul', family: 'Gendron', dob: '1976-11-02', gender: 'man', language: 'fr', stream: 'probation_order', source: 'probation', stage: 'withdrawn' },
  { given: 'Brandon', family: 'Kaye', dob: '1988-08-21', gender: 'man', language: 'en', stream: 'early_intervention', source: 'court', stage: 'transferred' },
];
const order: Stage[] = ['referred', 'intake_booked', 'assessed', 'waitlisted'];

/**
 * Referrals in every state the program can reach before groups exist (issue 5 adds enrolled,
 * active, completed and discharged cases), made through the real use cases so the demo's
 * history, audit trail and partner drop box are what staff would produce.
 */
export async function seedDemoCases(ctx: Ctx, siteId: string): Promise<number> {
  const existing = await ctx.db.transaction((trx) => trx.selectFrom('participant').select('id').limit(1).execute());
  if (existing.length > 0) return 0;
  const soon = new Date(ctx.now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  for (const [index, person] of people.entries()) {
    const receipt = await receiveReferral(ctx, ReceiveReferralInput.parse({
      idempotencyKey: `demo-case-${String(index).padStart(3, '0')}`,
      participant: { givenName: person.given, familyName: person.family, dateOfBirth: person.dob, gender: person.gender, groupGender: person.gender === 'man' ? 'men' : 'women', language: person.language, phone: `416-555-01${String(10 + index)}` },
      referral: { source: person.source, stream: person.stream, courtFileNumber: `DEMO-${1000 + index}`, courtLocation: 'Toronto', orderDate: '2026-10-15', completeBy: '2027-04-15', charges: ['assault'] },
      conditions: person.partner ? [{ kind: 'no_contact', withWhom: 'the complainant', exceptions: 'through counsel or family court' }] : [],
      partners: person.partner ? [{ fullName: person.partner, relationship: 'victim', language: person.language, phone: `416-555-02${String(10 + index)}`, childrenAges: [7] }] : [],
    }));
    const id = receipt.participantId;
    let version = 1;
    const reach = (stage: Stage) => order.indexOf(stage) <= order.indexOf(person.stage === 'unsuitable' ? 'assessed' : person.stage === 'withdrawn' || person.stage === 'transferred' ? 'intake_booked' : person.stage);
    if (reach('intake_booked')) version = (await bookIntake(ctx, id, { mode: 'in_person', siteId, startsAtLocal: `${soon}T${10 + (index % 6)}:00`, durationMinutes: 60, version })).version;
    if (reach('assessed')) {
      const unsuitable = person.stage === 'unsuitable';
      const assessed = await recordAssessment(ctx, id, {
        answers: { substanceUse: unsuitable ? 'concerning' : 'some', mentalHealthScreen: unsuitable ? 'urgent_referral' : 'no_concerns', readiness: 'Accepts the referral.' },
        suitability: unsuitable ? 'unsuitable' : 'suitable',
        ...(unsuitable ? { reasons: 'Needs mental-health treatment first; returned to the referral source.' } : {}),
        version,
      });
      version = assessed.version;
    }
    if (person.stage === 'unsuitable') version = (await transitionCase(ctx, id, { transition: 'find_unsuitable', reason: 'Needs mental-health treatment first.', version })).version;
    if (reach('waitlisted')) {
      for (const kind of consentKinds) await recordConsent(ctx, id, { kind, method: 'typed_name', signedName: `${person.given} ${person.family}` });
      version = (await transitionCase(ctx, id, { transition: 'waitlist', version })).version;
    }
    if (person.stage === 'withdrawn') await transitionCase(ctx, id, { transition: 'withdraw', reason: 'Moved out of the region.', version });
    if (person.stage === 'transferred') await transitionCase(ctx, id, { transition: 'transfer', reason: 'Transferred to a program closer to home.', version });
  }
  return people.length;
}
