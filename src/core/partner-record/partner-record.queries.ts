import type { Kysely } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import type { Keyring } from '../crypto/keyring.js';
import { AppError } from '../shared/app-error.js';
import { findAllPlanVersions } from '../safety-plans/index.js';
import type { SafetyPlanVersion } from '../safety-plans/index.js';

/** Everything PARS holds about one partner, decrypted, oldest first where there is a history. */
export interface PartnerRecord {
  fullName: string;
  relationship: string | null;
  language: string | null;
  createdAt: Date;
  /** Details given at referral, before contact preferences existed. */
  referralPhone: string | null;
  referralAddress: string | null;
  childrenAges: number[];
  preferences: { channel: string; value: string; safeTimes: string | null; safe: boolean | null; voicemailOk: boolean; confirmedOn: string | null; retired: boolean }[];
  consents: { decision: string; decidedOn: string; how: string; note: string | null }[];
  contacts: { kind: string; outcome: string | null; initiatedBy: string; occurredAt: Date; durationMinutes: number | null; worker: string | null; topics: string[]; notes: string | null; followUpOn: string | null }[];
  safetyPlans: SafetyPlanVersion[];
  letters: { kind: string; language: string; producedAt: Date }[];
  resources: { name: string; nameFr: string | null; givenOn: string }[];
  disclosures: { recipient: string; legalBasis: string; status: string; summary: string; method: string | null; decidedAt: Date; madeAt: Date | null; partnerToldOn: string | null; crownWarningGiven: boolean }[];
}

/**
 * Reads the partner's whole record in the caller's transaction (partner and disclosure
 * compartments: the partner-contact team). The tables of other modules are read directly here,
 * one after the other (a transaction is one connection); their use cases stay theirs.
 */
export async function loadPartnerRecord(db: Kysely<DB>, keyring: Keyring, partnerId: string): Promise<PartnerRecord> {
  const partner = await db.selectFrom('partner').selectAll().where('id', '=', partnerId).executeTakeFirst();
  if (!partner) throw new AppError('not_found', 'partners.not_found', {});
  const agencyId = partner.agency_id;
  const open = (value: string | null, table: string, column: string, id: string) => (value ? keyring.decrypt(value, fieldContext(table, column, agencyId, id)) : null);
  const children = await db.selectFrom('partner_child').select('age').where('partner_id', '=', partnerId).orderBy('age', 'desc').execute();
  const preferences = await db.selectFrom('contact_preference').selectAll().where('partner_id', '=', partnerId).orderBy('created_at').orderBy('id').execute();
  const consents = await db.selectFrom('partner_consent').selectAll().where('partner_id', '=', partnerId).orderBy('decided_on').orderBy('recorded_at').execute();
  const contacts = await db
    .selectFrom('contact_record as c')
    .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'c.agency_id').onRef('u.id', '=', 'c.by_user'))
    .selectAll('c')
    .select('u.display_name')
    .where('c.partner_id', '=', partnerId)
    .orderBy('c.occurred_at')
    .orderBy('c.id')
    .execute();
  const letters = await db.selectFrom('partner_letter').select(['kind', 'language', 'produced_at']).where('partner_id', '=', partnerId).orderBy('produced_at').execute();
  const resources = await db
    .selectFrom('resource_referral_partner as g')
    .innerJoin('resource as r', (join) => join.onRef('r.agency_id', '=', 'g.agency_id').onRef('r.id', '=', 'g.resource_id'))
    .select(['r.name', 'r.name_fr', 'g.given_on'])
    .where('g.partner_id', '=', partnerId)
    .orderBy('g.given_on')
    .orderBy('r.name')
    .execute();
  const disclosures = await db.selectFrom('disclosure').selectAll().where('partner_id', '=', partnerId).orderBy('decided_at').orderBy('id').execute();
  const safetyPlans = (await findAllPlanVersions(db, keyring, partnerId)).reverse();
  return {
    fullName: open(partner.full_name_encrypted, 'partner', 'full_name', partner.id)!,
    relationship: partner.relationship,
    language: partner.language,
    createdAt: partner.created_at,
    referralPhone: open(partner.phone_encrypted, 'partner', 'phone', partner.id),
    referralAddress: open(partner.address_encrypted, 'partner', 'address', partner.id),
    childrenAges: children.map((child) => child.age),
    preferences: preferences.map((row) => ({
      channel: row.channel,
      value: open(row.value_encrypted, 'contact_preference', 'value', row.id)!,
      safeTimes: open(row.safe_times_encrypted, 'contact_preference', 'safe_times', row.id),
      safe: row.safe,
      voicemailOk: row.voicemail_ok,
      confirmedOn: row.confirmed_on,
      retired: row.retired_at !== null,
    })),
    consents: consents.map((row) => ({ decision: row.decision, decidedOn: row.decided_on, how: row.how, note: open(row.note_encrypted, 'partner_consent', 'note', row.id) })),
    contacts: contacts.map((row) => ({
      kind: row.kind,
      outcome: row.outcome,
      initiatedBy: row.initiated_by,
      occurredAt: row.occurred_at,
      durationMinutes: row.duration_minutes,
      worker: row.display_name,
      topics: row.topics,
      notes: open(row.notes_encrypted, 'contact_record', 'notes', row.id),
      followUpOn: row.follow_up_on,
    })),
    safetyPlans,
    letters: letters.map((row) => ({ kind: row.kind, language: row.language, producedAt: row.produced_at })),
    resources: resources.map((row) => ({ name: row.name, nameFr: row.name_fr, givenOn: row.given_on })),
    disclosures: disclosures.map((row) => ({
      recipient: row.recipient,
      legalBasis: row.legal_basis,
      status: row.status,
      summary: keyring.decrypt(row.summary_encrypted, fieldContext('disclosure', 'summary', agencyId, row.id)),
      method: row.method,
      decidedAt: row.decided_at,
      madeAt: row.made_at,
      partnerToldOn: row.partner_told_on,
      crownWarningGiven: row.crown_warning_given,
    })),
  };
}
