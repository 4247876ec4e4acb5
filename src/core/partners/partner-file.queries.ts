import type { Kysely } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { findSettings } from '../agencies/settings.queries.js';
import type { Keyring } from '../crypto/keyring.js';
import { AppError } from '../shared/app-error.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { isFresh } from './channel-gate.js';
import { childProtectionAge, type ConsentEntry, type ContactPreference, type PartnerFile, type PreferenceConfirmation } from './partners.schema.js';

/** "Today" for the partner file's dates: Ontario's eastern date (as resources given use). */
export function partnerToday(now: Date): string {
  return instantToZonedTime(now, 'America/Toronto').slice(0, 10);
}

/** Never confirmed, confirmed within the agency's limit, or confirmed too long ago (the gate's own rule). */
export function confirmationOf(preference: { safe: boolean | null; confirmedOn: string | null }, today: string, maxAgeDays: number): PreferenceConfirmation {
  if (preference.safe === null || preference.confirmedOn === null) return 'unconfirmed';
  return isFresh(preference.confirmedOn, today, maxAgeDays) ? 'confirmed' : 'stale';
}

/** The partner row, or 404 (row-level security hides it outside the partner compartment). */
export async function requirePartnerRow(db: Kysely<DB>, partnerId: string) {
  const row = await db
    .selectFrom('partner')
    .select(['id', 'full_name_encrypted', 'relationship', 'language', 'participant_id', 'created_at', 'version'])
    .where('id', '=', partnerId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'partners.not_found', {});
  return row;
}

/** The whole file, decrypted, in the caller's transaction (the caller audits the read or the change). */
export async function loadPartnerFile(db: Kysely<DB>, keyring: Keyring, agencyId: string, partnerId: string, now: Date): Promise<PartnerFile> {
  const row = await requirePartnerRow(db, partnerId);
  const [children, preferences, consents, settings] = await Promise.all([
    db.selectFrom('partner_child').select('age').where('partner_id', '=', partnerId).orderBy('age', 'desc').execute(),
    db
      .selectFrom('contact_preference')
      .select(['id', 'channel', 'value_encrypted', 'safe_times_encrypted', 'safe', 'voicemail_ok', 'confirmed_on', 'retired_at', 'version', 'created_at'])
      .where('partner_id', '=', partnerId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('partner_consent as c')
      .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
      .select(['c.id', 'c.decision', 'c.decided_on', 'c.how', 'c.note_encrypted', 'c.recorded_at', 'c.recorded_by', 'u.display_name'])
      .where('c.partner_id', '=', partnerId)
      .orderBy('c.decided_on', 'desc')
      .orderBy('c.recorded_at', 'desc')
      .orderBy('c.id')
      .execute(),
    findSettings(db),
  ]);
  const today = partnerToday(now);
  const open = (table: string, column: string, id: string, value: string | null) => (value === null ? null : keyring.decrypt(value, fieldContext(table, column, agencyId, id)));
  const toPreference = (p: (typeof preferences)[number]): ContactPreference => ({
    id: p.id,
    channel: p.channel,
    value: open('contact_preference', 'value', p.id, p.value_encrypted)!,
    safeTimes: open('contact_preference', 'safe_times', p.id, p.safe_times_encrypted),
    safe: p.safe,
    voicemailOk: p.voicemail_ok,
    confirmedOn: p.confirmed_on,
    confirmation: confirmationOf({ safe: p.safe, confirmedOn: p.confirmed_on }, today, settings.partnerPreferenceMaxAgeDays),
    retired: p.retired_at !== null,
    version: p.version,
  });
  const history: ConsentEntry[] = consents.map((c) => ({
    id: c.id,
    decision: c.decision,
    decidedOn: c.decided_on,
    how: c.how,
    note: open('partner_consent', 'note', c.id, c.note_encrypted),
    recordedAt: c.recorded_at.toISOString(),
    recordedBy: c.recorded_by && c.display_name ? { id: c.recorded_by, name: c.display_name } : null,
  }));
  const ordered = [...preferences.filter((p) => p.retired_at === null), ...preferences.filter((p) => p.retired_at !== null)];
  return {
    id: row.id,
    fullName: keyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, row.id)),
    relationship: row.relationship,
    language: row.language,
    participantId: row.participant_id,
    createdAt: row.created_at.toISOString(),
    children: children.map((child) => ({ age: child.age })),
    childProtectionDuty: children.some((child) => child.age < childProtectionAge),
    preferences: ordered.map(toPreference),
    preferenceMaxAgeDays: settings.partnerPreferenceMaxAgeDays,
    consent: { current: history[0] ?? null, history },
    version: row.version,
  };
}
