import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import type { Keyring } from '../crypto/keyring.js';
import { AppError } from '../shared/app-error.js';
import { agencyToday } from '../agencies/agency-day.js';
import type { Disclosure, DisclosureListItem } from './disclosures.schema.js';
import type { DisclosureTable } from './disclosures.tables.js';
import { isApprovalRequired } from './disclosures.rules.js';

export type DisclosureRow = Selectable<DisclosureTable>;

/** A disclosure, or 404: outside the disclosure compartment the row-level policy hides it. */
export async function getDisclosureRow(db: Kysely<DB>, id: string): Promise<DisclosureRow> {
  const row = await db.selectFrom('disclosure').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'disclosures.not_found', {});
  return row;
}

/**
 * Attaches the disclosure's concern to the participant's case: the category, the day it happened
 * and the disclosure's id, never its words. Inserted through the drop box (the partner-contact
 * team does not read participants' files). Called once per disclosure, when it becomes
 * approved (at once, or at the manager's approval): a plain insert, since the drop box cannot
 * read what is there (no `on conflict`); the unique key refuses a second one.
 */
export async function attachSafetyConcern(db: Kysely<DB>, row: DisclosureRow, now: Date, userId: string): Promise<boolean> {
  if (!row.concern_category) return false;
  await db
    .insertInto('case_safety_concern')
    .values({
      agency_id: row.agency_id,
      id: randomUUID(),
      participant_id: row.participant_id,
      disclosure_id: row.id,
      category: row.concern_category,
      occurred_on: row.concern_occurred_on ?? (await agencyToday(db, row.decided_at)).today,
      attached_at: now,
      attached_by: userId,
    })
    .execute();
  return true;
}

/** Display names of staff by id (unknown ids are left out). */
async function staffNames(db: Kysely<DB>, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/**
 * Participants' names by id, for those who read participants' files; for anyone else (the
 * partner-contact team) the row-level policy returns none and the name stays null.
 */
async function participantNames(db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('participant').select(['id', 'given_name', 'preferred_name', 'family_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, `${row.preferred_name ?? row.given_name} ${row.family_name}`]));
}

function listItem(row: DisclosureRow, names: Map<string, string>): DisclosureListItem {
  return {
    id: row.id,
    participantId: row.participant_id,
    participantName: names.get(row.participant_id) ?? null,
    partnerOnFile: row.partner_id !== null,
    raisedByTeam: row.raised_by_team,
    recipient: row.recipient,
    legalBasis: row.legal_basis,
    status: row.status,
    concernCategory: row.concern_category,
    decidedAt: row.decided_at.toISOString(),
    madeAt: row.made_at?.toISOString() ?? null,
    version: row.version,
  };
}

/** Disclosures as a list: no summary, no partner identity (only whether a partner is on file). */
export async function toListItems(db: Kysely<DB>, rows: DisclosureRow[]): Promise<DisclosureListItem[]> {
  const names = await participantNames(db, rows.map((row) => row.participant_id));
  return rows.map((row) => listItem(row, names));
}

/** One disclosure with its summary and note decrypted; the partner's id only for the partner-contact team. */
export async function toDisclosure(db: Kysely<DB>, keyring: Keyring, row: DisclosureRow, options: { showPartner: boolean }): Promise<Disclosure> {
  const names = await participantNames(db, [row.participant_id]);
  const staff = await staffNames(db, [row.decided_by, row.approved_by, row.refused_by, row.made_by]);
  const person = (id: string | null) => (id ? { id, name: staff.get(id) ?? '' } : null);
  return {
    ...listItem(row, names),
    partnerId: options.showPartner ? row.partner_id : null,
    summary: keyring.decrypt(row.summary_encrypted, fieldContext('disclosure', 'summary', row.agency_id, row.id)),
    method: row.method,
    concernOccurredOn: row.concern_occurred_on,
    crownWarningGiven: row.crown_warning_given,
    partnerToldOn: row.partner_told_on,
    approvalRequired: isApprovalRequired(row.recipient),
    decidedBy: person(row.decided_by),
    approvedAt: row.approved_at?.toISOString() ?? null,
    approvedBy: person(row.approved_by),
    refusedAt: row.refused_at?.toISOString() ?? null,
    refusedBy: person(row.refused_by),
    approvalNote: row.approval_note_encrypted ? keyring.decrypt(row.approval_note_encrypted, fieldContext('disclosure', 'approval_note', row.agency_id, row.id)) : null,
    madeBy: person(row.made_by),
  };
}
