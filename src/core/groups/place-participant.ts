import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { applyTransition } from '../participants/apply-transition.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { GroupSummary, PlaceParticipantInput, PlacementOption } from './groups.schema.js';
import { findGroupSummaries } from './groups.queries.js';
import { findSettings } from '../agencies/settings.queries.js';
import { raisePartnerNotice } from '../partners/raise-partner-notice.js';
import { findHolidaySet } from '../programs/holidays.js';
import { addBusinessDays, closeOfBusiness } from '../shared/business-days.js';
import { instantToZonedTime } from '../shared/zoned-time.js';

/** How alike a name and a no-contact order's "with whom" must be to warn (pg_trgm word similarity). */
const noContactThreshold = 0.6;

interface Person {
  id: string;
  caseState: string;
  groupGender: 'men' | 'women';
  language: 'en' | 'fr' | 'other';
  version: number;
}

async function findPerson(trx: Transaction<DB>, participantId: string, lock: boolean): Promise<Person> {
  let query = trx.selectFrom('participant').select(['id', 'case_state', 'group_gender', 'language', 'version']).where('id', '=', participantId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('not_found', 'participants.not_found', {});
  return { id: row.id, caseState: row.case_state, groupGender: row.group_gender, language: row.language, version: row.version };
}

/** Why this person may not join this group (gender, language, room), or undefined when they may. */
function mismatch(person: Person, group: GroupSummary): 'groups.wrong_gender' | 'groups.wrong_language' | 'groups.full' | 'groups.closed' | undefined {
  if (group.status !== 'open') return 'groups.closed';
  if (group.groupGender !== 'any' && group.groupGender !== person.groupGender) return 'groups.wrong_gender';
  // A person served in French joins a French group and vice versa; another language joins either, with an interpreter.
  if (person.language !== 'other' && person.language !== group.language) return 'groups.wrong_language';
  if (group.members >= group.capacity) return 'groups.full';
  return undefined;
}

/**
 * Members of a group with whom the person is under a no-contact order, either way round: one's
 * order names the other (the order's "with whom" resembles the other's name, accents and case
 * ignored). Expired orders do not count. Names only, for the worker deciding the placement.
 */
export async function findNoContactConflicts(trx: Transaction<DB>, participantId: string, groupId: string, today: string): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    with me as (select id, given_name || ' ' || family_name as full_name from participant where id = ${participantId}),
    orders as (
      select r.participant_id, c.with_whom
      from referral r join referral_condition c on c.agency_id = r.agency_id and c.referral_id = r.id
      where c.kind = 'no_contact' and c.with_whom is not null and (c.expires_on is null or c.expires_on >= ${today}::date)
    )
    select coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as name
    from enrolment e
    join participant p on p.agency_id = e.agency_id and p.id = e.participant_id
    cross join me
    where e.group_id = ${groupId} and e.status = 'active' and p.id <> me.id
      and (
        exists (select 1 from orders o where o.participant_id = me.id
                and word_similarity(unaccent(lower(p.given_name || ' ' || p.family_name)), unaccent(lower(o.with_whom))) >= ${noContactThreshold})
        or exists (select 1 from orders o where o.participant_id = p.id
                and word_similarity(unaccent(lower(me.full_name)), unaccent(lower(o.with_whom))) >= ${noContactThreshold})
      )
    order by p.family_name`.execute(trx);
  return rows.rows.map((r) => r.name);
}

/** Open groups a waitlisted person could join now: matching gender and language, with room, and any no-contact warning. */
export async function findPlacementOptions(ctx: Ctx, participantId: string): Promise<z.infer<typeof PlacementOption>[]> {
  assertCan(ctx.actor, 'group.manage');
  return ctx.db.transaction(async (trx) => {
    const person = await findPerson(trx, participantId, false);
    const groups = await findGroupSummaries(trx, ctx.locale, ctx.now, { status: 'open' });
    const streams = await trx.selectFrom('program_stream').select(['id', 'policy', 'retired_at']).execute();
    const today = ctx.now.toISOString().slice(0, 10);
    const options = [];
    for (const group of groups) {
      const stream = streams.find((s) => s.id === group.streamId);
      if (!stream || stream.retired_at || mismatch(person, group)) continue;
      options.push({
        groupId: group.id,
        name: group.name,
        streamName: group.streamName,
        delivery: group.delivery,
        indigenous: Boolean((stream.policy as { indigenous?: boolean } | null)?.indigenous),
        places: group.capacity - group.members,
        nextSession: group.nextSession,
        noContactWarnings: await findNoContactConflicts(trx, participantId, group.id, today),
      });
    }
    return options;
  });
}

/**
 * Places a waitlisted person in a group and enrols the case, in one transaction: the group must
 * be open, of the person's gender and language, with a free place (checked under a lock, so two
 * workers cannot both take the last one). When a member is under a no-contact order with the
 * person, the placement waits until the worker acknowledges the warning.
 */
export async function placeParticipant(ctx: Ctx, participantId: string, input: PlaceParticipantInput): Promise<{ enrolmentId: string; firstSessionNumber: number; version: number }> {
  assertCan(ctx.actor, 'group.manage');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const person = await findPerson(trx, participantId, true);
    if (person.version !== input.version) throw new AppError('conflict', 'participants.stale_version', {});
    if (person.caseState !== 'waitlisted') throw new AppError('rule_violation', 'groups.not_waitlisted', {});
    // Locking the group row serialises placements into it: capacity is counted after the lock.
    const locked = await trx.selectFrom('group_cycle').select('id').where('id', '=', input.groupId).forUpdate().executeTakeFirst();
    if (!locked) throw new AppError('not_found', 'groups.not_found', {});
    const [group] = await findGroupSummaries(trx, ctx.locale, ctx.now, { groupId: input.groupId, status: 'all' });
    const refusal = mismatch(person, group!);
    if (refusal) throw new AppError('rule_violation', refusal, { capacity: group!.capacity });
    const firstSessionNumber = await chooseFirstSession(trx, input.groupId, input.firstSessionNumber, ctx.now);
    const warnings = await findNoContactConflicts(trx, participantId, input.groupId, ctx.now.toISOString().slice(0, 10));
    if (warnings.length > 0 && !input.acknowledgeNoContact) {
      throw new AppError('conflict', 'groups.no_contact_warning', { names: warnings.join(', '), count: warnings.length });
    }
    const { id } = await trx
      .insertInto('enrolment')
      .values({ agency_id: actor.agencyId, participant_id: participantId, group_id: input.groupId, enrolled_at: ctx.now, enrolled_by: actor.userId, first_session_number: firstSessionNumber })
      .returning('id')
      .executeTakeFirstOrThrow();
    await raiseEnrolledNotice(trx, { agencyId: actor.agencyId, participantId, groupId: input.groupId, enrolmentId: id, now: ctx.now });
    const moved = await applyTransition(ctx, trx, { participantId, transition: 'enrol' });
    await recordAudit(ctx, trx, { type: 'participant.placed', subject: { type: 'participant', id: participantId }, details: { groupId: input.groupId, firstSession: firstSessionNumber, noContactWarnings: warnings.length } });
    return { enrolmentId: id, firstSessionNumber, version: moved.version };
  });
}

/**
 * Tells the partner-contact team the participant was placed (the `enrolled` notice): it opens
 * each partner's contact window (the minimum contacts in the agency's weeks) and is due the
 * agency's first-contact days later (business days, at close of business in the group's time).
 */
async function raiseEnrolledNotice(trx: Transaction<DB>, input: { agencyId: string; participantId: string; groupId: string; enrolmentId: string; now: Date }): Promise<void> {
  const group = await trx.selectFrom('group_cycle').select('time_zone').where('id', '=', input.groupId).executeTakeFirstOrThrow();
  const enrolledOn = instantToZonedTime(input.now, group.time_zone).slice(0, 10);
  const [settings, holidays] = await Promise.all([findSettings(trx), findHolidaySet(trx, enrolledOn)]);
  await raisePartnerNotice(trx, {
    agencyId: input.agencyId,
    participantId: input.participantId,
    type: 'enrolled',
    occurredOn: enrolledOn,
    dueAt: closeOfBusiness(addBusinessDays(enrolledOn, settings.partnerFirstContactDays, holidays), group.time_zone),
    eventKey: `enrolment:${input.enrolmentId}`,
  });
}

/** The session a person starts at: the one asked for (scheduled), or the group's next one. */
async function chooseFirstSession(trx: Transaction<DB>, groupId: string, asked: number | undefined, now: Date): Promise<number> {
  let query = trx.selectFrom('group_session').select('number').where('group_id', '=', groupId).where('status', '=', 'scheduled');
  query = asked === undefined ? query.where('starts_at', '>=', now).orderBy('number').limit(1) : query.where('number', '=', asked);
  const session = await query.executeTakeFirst();
  if (!session) throw new AppError('invalid', 'groups.first_session_unknown', {});
  return session.number;
}
