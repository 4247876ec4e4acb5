import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { markEventKey, noticeForMark } from '../core/attendance/attendance-notices.js';
import { raisePartnerNotice } from '../core/partners/raise-partner-notice.js';
import type { ConsentWay, PreferenceChannel } from '../core/partners/partners.tables.js';
import type { AttemptOutcome, ContactKind, ContactTopic } from '../core/partner-contact/partner-contact.tables.js';
import type { ConcernCategory, DisclosureRecipient, LegalBasis } from '../core/disclosures/disclosures.tables.js';
import { SafetyPlanContent } from '../core/safety-plans/safety-plans.schema.js';
import { addDays } from '../core/shared/business-days.js';
import type { Ctx } from '../core/shared/ctx.js';
import { instantToZonedTime } from '../core/shared/zoned-time.js';
import { fieldContext } from './encrypted-columns.js';
import type { DB } from './schema.js';

type SafetyPlanContentInput = z.input<typeof SafetyPlanContent>;

/** Melissa Bains's first plan (the second adds a neighbour). */
function melissaPlan(): SafetyPlanContentInput {
  return {
    trustedPeople: [{ name: 'Her sister Dana', contact: '416-555-0177', help: 'Keeps a bag; she can stay there' }],
    safePlace: 'Her sister’s apartment',
    importantItems: { documents: 'Passport and health cards at her sister’s', keys: 'Spare keys at work', money: 'Some cash at her sister’s', medication: '', other: '' },
    workplaceSupports: 'Her manager knows; parking escort available',
    codeWord: 'blueberry',
    emergencyNumbers: [{ label: 'Police', number: '911' }, { label: 'Assaulted Women’s Helpline', number: '1-866-863-0511' }],
    children: { plan: 'The children know to go to the neighbour and call 911.', pickup: 'School has the custody order; only she or Dana picks up.' },
  };
}

/** One demo partner's 12 weeks so far (invented people; days are relative to the participant's enrolment). */
interface PartnerStory {
  /** The partner's name as the referral gave it (the drop box made the row). */
  name: string;
  consent?: { decision: 'wishes_contact' | 'declined'; day: number; how: ConsentWay; note?: string };
  /** Preferences as last confirmed with the partner (the referral's phone and address are replaced by these). */
  preferences?: { channel: PreferenceChannel; value: string; safe: boolean | null; voicemailOk?: boolean; safeTimes?: string; confirmedDay?: number }[];
  contacts?: { day: number; kind: ContactKind; outcome?: AttemptOutcome; minutes?: number; topics?: ContactTopic[]; notes?: string; followUpIn?: number; deliverNotices?: boolean; initiatedBy?: 'partner' }[];
  safetyPlans?: { day: number; wanted: boolean; content?: SafetyPlanContentInput }[];
  resources?: { day: number; key: string }[];
  disclosures?: { day: number; recipient: DisclosureRecipient; basis: LegalBasis; summary: string; concern?: ConcernCategory; status: 'pending_approval' | 'made'; method?: 'phone' | 'fax' | 'portal' }[];
}

/**
 * Every state a partner's file can be in: the whole 12 weeks done with a safety plan (Melissa
 * Bains); contact made, mail not safe, a Children's Aid report made and a Crown disclosure
 * awaiting the manager (Amanda Bowman); three failed calls with an address confirmed safe, so a
 * letter is proposed (Chantal Bergeron, French); never reached and no safe address (Julie
 * Lavoie); contact declined (Nathalie Caron). Written directly, as the partner-contact team's use
 * cases would, with the same encryption.
 */
const stories: PartnerStory[] = [
  {
    name: 'Melissa Bains',
    consent: { decision: 'wishes_contact', day: 3, how: 'phone' },
    preferences: [
      { channel: 'phone', value: '+14165550410', safe: true, voicemailOk: true, safeTimes: 'Weekdays 9:00–15:00 (at work)', confirmedDay: 80 },
      { channel: 'mail', value: '88 Birch Avenue, Toronto ON M4V 1E2', safe: true, confirmedDay: 80 },
      { channel: 'email', value: 'm.bains.demo@example.org', safe: true, confirmedDay: 40 },
    ],
    contacts: [
      { day: 3, kind: 'call', minutes: 35, topics: ['program_information', 'consent', 'confidentiality_limits', 'safety_planning'], notes: 'Explained the program and the limits of confidentiality. She wants regular calls at work.', followUpIn: 21, deliverNotices: true },
      { day: 24, kind: 'call', minutes: 25, topics: ['safety_planning', 'referrals_given'], notes: 'Reviewed her safety plan; gave the helpline number.', deliverNotices: true },
      { day: 45, kind: 'attempt', outcome: 'voicemail_left' },
      { day: 47, kind: 'call', minutes: 20, topics: ['notices_delivered', 'safety_planning'], notes: 'Told her about the excused absence. She feels safer.', deliverNotices: true },
      { day: 66, kind: 'email', topics: ['program_information'], notes: 'Sent the list of community resources she asked for.' },
      { day: 80, kind: 'call', minutes: 30, topics: ['notices_delivered', 'safety_planning'], notes: 'Told her completion is expected soon; updated the plan for after the program.', deliverNotices: true },
    ],
    safetyPlans: [
      { day: 3, wanted: true, content: melissaPlan() },
      { day: 80, wanted: true, content: { ...melissaPlan(), trustedPeople: [...melissaPlan().trustedPeople!, { name: 'Mrs. Ortiz (neighbour)', contact: 'Next door, unit 2', help: 'Calls 911 if she hears shouting' }], other: 'Plan reviewed for the time after the program ends.' } },
    ],
    resources: [{ day: 24, key: 'assaulted-womens-helpline' }, { day: 66, key: 'shelter-safe' }],
  },
  {
    name: 'Amanda Bowman',
    consent: { decision: 'wishes_contact', day: 9, how: 'phone' },
    preferences: [
      { channel: 'phone', value: '+14165550413', safe: true, voicemailOk: false, safeTimes: 'Tuesday and Thursday mornings only', confirmedDay: 50 },
      { channel: 'mail', value: '12 Harbour Street, Unit 4, Toronto ON M5J 2L2', safe: false, confirmedDay: 50 },
    ],
    contacts: [
      { day: 6, kind: 'attempt', outcome: 'no_answer' },
      { day: 9, kind: 'call', minutes: 40, topics: ['program_information', 'consent', 'confidentiality_limits', 'safety_planning'], notes: 'No voicemail and no mail: he still gets the mail. Safety plan started.', deliverNotices: true },
      { day: 50, kind: 'call', minutes: 45, topics: ['safety_planning', 'confidentiality_limits'], notes: 'She said he came to the house despite the no-contact order; the children saw him shouting. Explained what must be reported.', followUpIn: 7 },
    ],
    safetyPlans: [{
      day: 9, wanted: true,
      content: {
        trustedPeople: [{ name: 'Her mother', contact: 'Scarborough', help: 'Keeps a bag and copies of documents' }],
        safePlace: 'Her mother’s house in Scarborough',
        importantItems: { documents: 'In a bag at her mother’s', keys: 'Spare car key with her mother', money: '', medication: '', other: '' },
        codeWord: 'red umbrella',
        emergencyNumbers: [{ label: 'Police', number: '911' }],
        children: { plan: 'The older child knows to call 911 and go to the neighbour.', pickup: 'School knows only she picks up.' },
      },
    }],
    disclosures: [
      { day: 50, recipient: 'childrens_aid', basis: 'child_abuse_or_neglect', summary: 'Children exposed to their father shouting at the home in breach of the order.', concern: 'child_protection', status: 'made', method: 'phone' },
      { day: 51, recipient: 'crown', basis: 'other_criminal_conduct', summary: 'Partner reports the participant came to her home despite the no-contact order.', concern: 'breach_of_order', status: 'pending_approval' },
    ],
  },
  {
    name: 'Chantal Bergeron',
    preferences: [{ channel: 'mail', value: '301, rue Principale, Ottawa ON K1N 5T4', safe: true, confirmedDay: 0 }],
    contacts: [
      { day: 4, kind: 'attempt', outcome: 'no_answer' },
      { day: 8, kind: 'attempt', outcome: 'no_answer' },
      { day: 13, kind: 'attempt', outcome: 'busy' },
    ],
  },
  {
    name: 'Julie Lavoie',
    contacts: [{ day: 2, kind: 'attempt', outcome: 'wrong_number' }],
  },
  {
    name: 'Nathalie Caron',
    consent: { decision: 'declined', day: 2, how: 'phone', note: 'Does not want calls; knows she can call us.' },
    contacts: [{ day: 2, kind: 'call', minutes: 5, topics: ['consent', 'program_information'], notes: 'Declined politely. Gave our number in case she changes her mind.' }],
  },
];

/**
 * The Partner Contact program's demo: consent, preferences, contacts, notices delivered, safety
 * plans, resources, disclosures, and the `enrolled` and absence notices the participant side
 * would have raised (the program seed writes attendance directly). Runs once.
 */
export async function seedDemoPartners(ctx: Ctx, agencyId: string, staff: { partnerContact: string | null; lead: string | null; manager: string | null }): Promise<number> {
  const already = await ctx.db.transaction((trx) => trx.selectFrom('contact_record').select('id').limit(1).execute());
  if (already.length > 0) return 0;
  const partners = await ctx.db.transaction(async (trx) => {
    const rows = await trx.selectFrom('partner').select(['id', 'full_name_encrypted', 'participant_id']).execute();
    return rows.map((row) => ({ id: row.id, participantId: row.participant_id, name: ctx.keyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, row.id)) }));
  });
  await raiseProgramNotices(ctx, agencyId);
  let seeded = 0;
  for (const story of stories) {
    const partner = partners.find((p) => p.name === story.name);
    if (!partner?.participantId) continue;
    await ctx.db.transaction(async (trx) => {
      const start = await windowStart(trx, partner.participantId!, ctx.now);
      await tellStory(ctx, trx, agencyId, { id: partner.id, participantId: partner.participantId! }, story, start, staff);
    });
    seeded += 1;
  }
  return seeded;
}

/** The day the partner's 12 weeks began: the participant's enrolment, or the referral for people not yet in a group. */
async function windowStart(trx: Transaction<DB>, participantId: string, now: Date): Promise<string> {
  const enrolled = await trx.selectFrom('partner_notice').select('occurred_on').where('participant_id', '=', participantId).where('type', '=', 'enrolled').executeTakeFirst();
  if (enrolled) return enrolled.occurred_on;
  const passed = await trx.selectFrom('partner_notice').select('occurred_on').where('participant_id', '=', participantId).where('type', '=', 'new_partner').executeTakeFirst();
  return passed?.occurred_on ?? instantToZonedTime(now, 'America/Toronto').slice(0, 10);
}

/** What the participant side would have raised while the program seed wrote attendance directly. */
async function raiseProgramNotices(ctx: Ctx, agencyId: string): Promise<void> {
  await ctx.db.transaction(async (trx) => {
    const enrolments = await trx.selectFrom('enrolment').select(['id', 'participant_id', 'enrolled_at']).execute();
    for (const enrolment of enrolments) {
      const day = instantToZonedTime(enrolment.enrolled_at, 'America/Toronto').slice(0, 10);
      await raisePartnerNotice(trx, { agencyId, participantId: enrolment.participant_id, type: 'enrolled', occurredOn: day, dueAt: closeOfDay(addDays(day, 7)), eventKey: `enrolment:${enrolment.id}` });
    }
    const marks = await trx
      .selectFrom('attendance_mark as m')
      .innerJoin('group_session as s', 's.id', 'm.session_id')
      .select(['m.id', 'm.participant_id', 'm.status', 's.local_date'])
      .where('m.status', '!=', 'present')
      .execute();
    for (const mark of marks) {
      const content = noticeForMark(mark.status);
      if (!content) continue;
      await raisePartnerNotice(trx, { agencyId, participantId: mark.participant_id, type: content.type, reasonCode: content.reasonCode, occurredOn: mark.local_date, dueAt: closeOfDay(addDays(mark.local_date, 2)), eventKey: markEventKey(mark.id, 'new', mark.status) });
    }
  });
}

/** 17:00 in Toronto on `day` (the demo's close of business; EST/EDT within a few hours is fine here). */
function closeOfDay(day: string): Date {
  return new Date(`${day}T22:00:00Z`);
}

async function tellStory(ctx: Ctx, trx: Transaction<DB>, agencyId: string, partner: { id: string; participantId: string }, story: PartnerStory, start: string, staff: { partnerContact: string | null; lead: string | null; manager: string | null }): Promise<void> {
  const today = instantToZonedTime(ctx.now, 'America/Toronto').slice(0, 10);
  const dayOf = (offset: number) => {
    const day = addDays(start, offset);
    return day > today ? today : day;
  };
  // Nothing happens after now: today's events (early in the morning, say) move to the minutes
  // before it, keeping their order by hour.
  const at = (offset: number, hour = 15) => {
    const moment = new Date(`${dayOf(offset)}T${String(hour).padStart(2, '0')}:00:00Z`);
    return moment < ctx.now ? moment : new Date(ctx.now.getTime() - (24 - hour) * 60_000);
  };
  const seal = (table: string, column: string, id: string, value: string) => ctx.keyring.encrypt(value, fieldContext(table, column, agencyId, id));
  const worker = staff.partnerContact;

  if (story.preferences) {
    await trx.updateTable('contact_preference').set({ retired_at: at(0), updated_at: at(0), updated_by: worker }).where('partner_id', '=', partner.id).where('retired_at', 'is', null).execute();
    for (const preference of story.preferences) {
      const id = randomUUID();
      await trx.insertInto('contact_preference').values({
        agency_id: agencyId, id, partner_id: partner.id, channel: preference.channel, value_encrypted: seal('contact_preference', 'value', id, preference.value),
        safe_times_encrypted: preference.safeTimes ? seal('contact_preference', 'safe_times', id, preference.safeTimes) : null,
        safe: preference.safe, voicemail_ok: preference.voicemailOk ?? false, confirmed_on: preference.safe === null ? null : dayOf(preference.confirmedDay ?? 0), created_by: worker,
      }).execute();
    }
  }
  if (story.consent) {
    const id = randomUUID();
    await trx.insertInto('partner_consent').values({
      agency_id: agencyId, id, partner_id: partner.id, decision: story.consent.decision, decided_on: dayOf(story.consent.day), how: story.consent.how,
      note_encrypted: story.consent.note ? seal('partner_consent', 'note', id, story.consent.note) : null, recorded_at: at(story.consent.day), recorded_by: worker,
    }).execute();
  }
  const phone = await trx.selectFrom('contact_preference').select('id').where('partner_id', '=', partner.id).where('channel', '=', 'phone').where('retired_at', 'is', null).executeTakeFirst();
  for (const [index, contact] of (story.contacts ?? []).entries()) {
    const id = randomUUID();
    const when = at(contact.day, 14 + (index % 4));
    await trx.insertInto('contact_record').values({
      agency_id: agencyId, id, partner_id: partner.id, kind: contact.kind, outcome: contact.outcome ?? null, initiated_by: contact.initiatedBy ?? 'worker',
      preference_id: contact.kind === 'attempt' || contact.kind === 'call' ? (phone?.id ?? null) : null,
      occurred_at: when, duration_minutes: contact.minutes ?? null, by_user: worker, topics: contact.topics ?? [],
      notes_encrypted: contact.notes ? seal('contact_record', 'notes', id, contact.notes) : null,
      follow_up_on: contact.followUpIn ? addDays(dayOf(contact.day), contact.followUpIn) : null, idempotency_key: randomUUID(),
    }).execute();
    if (contact.deliverNotices) {
      const open = await trx
        .selectFrom('partner_notice as n')
        .select('n.id')
        .where('n.participant_id', '=', partner.participantId)
        .where((eb) => eb.or([eb('n.partner_id', 'is', null), eb('n.partner_id', '=', partner.id)]))
        .where('n.occurred_on', '<=', dayOf(contact.day))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('notice_delivery as d').select('d.notice_id').whereRef('d.notice_id', '=', 'n.id').where('d.partner_id', '=', partner.id))))
        .execute();
      if (open.length > 0) await trx.insertInto('notice_delivery').values(open.map((notice) => ({ agency_id: agencyId, notice_id: notice.id, partner_id: partner.id, contact_id: id, delivered_at: when }))).execute();
    }
  }
  for (const [index, plan] of (story.safetyPlans ?? []).entries()) {
    const id = randomUUID();
    await trx.insertInto('safety_plan').values({
      agency_id: agencyId, id, partner_id: partner.id, version: index + 1, wanted: plan.wanted,
      content_encrypted: plan.content ? seal('safety_plan', 'content', id, JSON.stringify(SafetyPlanContent.parse(plan.content))) : null, created_at: at(plan.day, 16), created_by: worker,
    }).execute();
  }
  for (const given of story.resources ?? []) {
    const resource = await trx.selectFrom('resource').select('id').where('key', '=', given.key).executeTakeFirst();
    if (resource) await trx.insertInto('resource_referral_partner').values({ agency_id: agencyId, resource_id: resource.id, partner_id: partner.id, given_on: dayOf(given.day), given_by: worker }).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const disclosure of story.disclosures ?? []) {
    const id = randomUUID();
    const made = disclosure.status === 'made';
    const crown = disclosure.recipient === 'crown' || disclosure.recipient === 'probation';
    await trx.insertInto('disclosure').values({
      agency_id: agencyId, id, participant_id: partner.participantId, partner_id: partner.id, raised_by_team: 'partner_contact', recipient: disclosure.recipient, legal_basis: disclosure.basis,
      summary_encrypted: seal('disclosure', 'summary', id, disclosure.summary), method: disclosure.method ?? null, status: disclosure.status, concern_category: disclosure.concern ?? null, concern_occurred_on: disclosure.concern ? dayOf(disclosure.day - 1) : null,
      crown_warning_given: crown, partner_told_on: dayOf(disclosure.day), decided_at: at(disclosure.day, 17), decided_by: worker,
      made_at: made ? at(disclosure.day, 18) : null, made_by: made ? worker : null,
    }).execute();
    if (made && disclosure.concern) {
      await trx.insertInto('case_safety_concern').values({ agency_id: agencyId, id: randomUUID(), participant_id: partner.participantId, disclosure_id: id, category: disclosure.concern, occurred_on: dayOf(disclosure.day - 1), attached_at: at(disclosure.day, 18), attached_by: worker }).execute();
    }
  }
}
