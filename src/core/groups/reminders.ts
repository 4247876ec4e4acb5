import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scopeToAgency, systemScope } from '../../db/scoped-database.js';
import { enqueueMessage, isMailableAddress } from '../outbox/index.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import { messageLocale, missedSessionMessage, reminderMessage } from './reminders.rules.js';

const hour = 3_600_000;
/** Reminders go out for sessions starting between 24 and 48 hours from now. */
const reminderWindow = { fromHours: 24, toHours: 48 };
/** A "we missed you" message is written for sessions of the last week, never older ones. */
const missedLookbackHours = 7 * 24;
/** Marks that mean the person was not in the session (excused included: the message blames no one). */
const missedStatuses = ['unexcused', 'refused_entry', 'excused'] as const;

export interface ReminderRun {
  reminders: number;
  missed: number;
  /** Agencies whose run failed (the others still ran). */
  failedAgencies: number;
}

/**
 * The worker's scheduling job: for every agency, one reminder per opted-in participant with an
 * email for each of their group's sessions starting in 24–48 hours, and one "we missed you"
 * message after a missed session. Agencies are listed with the system scope; each agency's
 * people are read in its own participant-compartment scope, so row-level security applies.
 * Each message is keyed (`reminder:<sessionId>:<participantId>`, `missed:…`): running this
 * every cycle writes each message once.
 */
export async function scheduleSessionReminders(deps: { kysely: Kysely<DB>; onAgencyError?: (error: unknown) => void }, now: Date): Promise<ReminderRun> {
  const agencies = await systemScope(deps.kysely).transaction((trx) => trx.selectFrom('agency').select(['id', 'name', 'name_fr']).execute());
  const run: ReminderRun = { reminders: 0, missed: 0, failedAgencies: 0 };
  for (const agency of agencies) {
    try {
      const db = scopeToAgency(deps.kysely, agency.id, { compartments: ['participant'] });
      const counts = await db.transaction(async (trx) => ({
        reminders: await writeReminders(trx, agency, now),
        missed: await writeMissedSessionMessages(trx, agency, now),
      }));
      run.reminders += counts.reminders;
      run.missed += counts.missed;
    } catch (error) {
      run.failedAgencies++;
      deps.onAgencyError?.(error);
    }
  }
  return run;
}

interface AgencyNames {
  id: string;
  name: string;
  name_fr: string | null;
}

const agencyNameIn = (agency: AgencyNames, locale: string) => (locale === 'fr-CA' ? (agency.name_fr ?? agency.name) : agency.name);

async function writeReminders(trx: Transaction<DB>, agency: AgencyNames, now: Date): Promise<number> {
  // Only what the message says is selected: never a name, charge or anything about a partner.
  const due = await trx
    .selectFrom('group_session as s')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
    .innerJoin('program_stream as ps', (join) => join.onRef('ps.agency_id', '=', 'g.agency_id').onRef('ps.id', '=', 'g.stream_id'))
    .innerJoin('enrolment as e', (join) => join.onRef('e.agency_id', '=', 's.agency_id').onRef('e.group_id', '=', 's.group_id'))
    .innerJoin('participant as p', (join) => join.onRef('p.agency_id', '=', 'e.agency_id').onRef('p.id', '=', 'e.participant_id'))
    .leftJoin('site', (join) => join.onRef('site.agency_id', '=', 'g.agency_id').onRef('site.id', '=', 'g.site_id'))
    .leftJoin('curriculum_topic as t', (join) => join.onRef('t.agency_id', '=', 'g.agency_id').onRef('t.stream_id', '=', 'g.stream_id').onRef('t.position', '=', 's.topic_position'))
    .select([
      's.id as session_id', 's.starts_at', 'g.time_zone', 'g.room', 'g.bridge', 'ps.policy', 'site.name as site_name', 'site.name_fr as site_name_fr',
      't.title', 't.title_fr', 'p.id as participant_id', 'p.email', 'p.language',
    ])
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', new Date(now.getTime() + reminderWindow.fromHours * hour))
    .where('s.starts_at', '<', new Date(now.getTime() + reminderWindow.toHours * hour))
    .where('e.status', '=', 'active')
    .whereRef('e.first_session_number', '<=', 's.number')
    .where('p.reminders_opt_in', '=', true)
    .where('p.email', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('outbox_message as o').select('o.id').whereRef('o.agency_id', '=', 's.agency_id').where('o.idempotency_key', '=', sql<string>`'reminder:' || s.id || ':' || p.id`))),
    )
    .execute();
  let written = 0;
  for (const row of due) {
    if (!isMailableAddress(row.email)) continue;
    const locale = messageLocale(row.language);
    const text = reminderMessage({
      locale,
      startsAt: row.starts_at,
      timeZone: row.time_zone,
      place: { delivery: readStreamPolicy(row.policy).delivery, siteName: row.site_name, siteNameFr: row.site_name_fr, room: row.room, bridge: row.bridge },
      topic: (locale === 'fr-CA' ? row.title_fr : row.title) ?? null,
      agencyName: agencyNameIn(agency, locale),
    });
    const key = `reminder:${row.session_id}:${row.participant_id}`;
    if (await enqueueMessage(trx, { agencyId: agency.id, compartment: 'participant', kind: 'session.reminder', idempotencyKey: key, to: row.email, locale, ...text, now })) written++;
  }
  return written;
}

async function writeMissedSessionMessages(trx: Transaction<DB>, agency: AgencyNames, now: Date): Promise<number> {
  const missed = await trx
    .selectFrom('attendance_mark as m')
    .innerJoin('group_session as s', (join) => join.onRef('s.agency_id', '=', 'm.agency_id').onRef('s.id', '=', 'm.session_id'))
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
    .innerJoin('participant as p', (join) => join.onRef('p.agency_id', '=', 'm.agency_id').onRef('p.id', '=', 'm.participant_id'))
    .select(['s.id as session_id', 's.starts_at', 'g.time_zone', 'p.id as participant_id', 'p.email', 'p.language'])
    .where('m.status', 'in', missedStatuses)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>=', new Date(now.getTime() - missedLookbackHours * hour))
    .where('s.starts_at', '<=', now)
    .where('p.reminders_opt_in', '=', true)
    .where('p.email', 'is not', null)
    // Someone who has left the program is not asked to come back.
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('enrolment as e').select('e.id').whereRef('e.agency_id', '=', 'p.agency_id').whereRef('e.participant_id', '=', 'p.id').where('e.status', '=', 'active')),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('outbox_message as o').select('o.id').whereRef('o.agency_id', '=', 's.agency_id').where('o.idempotency_key', '=', sql<string>`'missed:' || s.id || ':' || p.id`))),
    )
    .execute();
  let written = 0;
  for (const row of missed) {
    if (!isMailableAddress(row.email)) continue;
    const locale = messageLocale(row.language);
    const text = missedSessionMessage({ locale, startsAt: row.starts_at, timeZone: row.time_zone, agencyName: agencyNameIn(agency, locale) });
    const key = `missed:${row.session_id}:${row.participant_id}`;
    if (await enqueueMessage(trx, { agencyId: agency.id, compartment: 'participant', kind: 'session.missed', idempotencyKey: key, to: row.email, locale, ...text, now })) written++;
  }
  return written;
}
