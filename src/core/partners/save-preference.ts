import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { type CheckedPreference, checkPreference } from './check-preference.js';
import { loadPartnerFile, partnerToday, requirePartnerRow } from './partner-file.queries.js';
import type { PartnerFile, PreferenceInput, RetirePreferenceInput, UpdatePreferenceInput } from './partners.schema.js';

function checked(input: PreferenceInput, now: Date): CheckedPreference {
  const { issues, checked: preference } = checkPreference(input, partnerToday(now));
  if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  return preference;
}

/** The preference of this partner, or 404 (another partner's id is not found here either). */
async function requirePreference(trx: Transaction<DB>, partnerId: string, preferenceId: string) {
  const row = await trx
    .selectFrom('contact_preference')
    .select(['id', 'channel', 'value_encrypted', 'safe_times_encrypted', 'safe', 'voicemail_ok', 'confirmed_on', 'retired_at', 'version'])
    .where('id', '=', preferenceId)
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'partners.preference_not_found', {});
  return row;
}

/**
 * Adds a way to reach the partner (a phone with its safe times and whether a voicemail may be
 * left, a number for texts, an email, a mailing address), with whether the partner said it is
 * safe and when. Audited with its id and channel only.
 */
export async function addPreference(ctx: Ctx, partnerId: string, input: PreferenceInput): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  const preference = checked(input, ctx.now);
  return ctx.db.transaction(async (trx) => {
    await requirePartnerRow(trx, partnerId);
    const id = randomUUID();
    const seal = (column: string, value: string) => ctx.keyring.encrypt(value, fieldContext('contact_preference', column, actor.agencyId, id));
    await trx
      .insertInto('contact_preference')
      .values({
        agency_id: actor.agencyId,
        id,
        partner_id: partnerId,
        channel: preference.channel,
        value_encrypted: seal('value', preference.value),
        safe_times_encrypted: preference.safeTimes === null ? null : seal('safe_times', preference.safeTimes),
        safe: preference.safe,
        voicemail_ok: preference.voicemailOk,
        confirmed_on: preference.confirmedOn,
        created_by: actor.userId,
      })
      .execute();
    await recordAudit(ctx, trx, { type: 'partner.preference_added', subject: { type: 'partner', id: partnerId }, details: { preferenceId: id, channel: preference.channel } });
    return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
  });
}

/**
 * Saves a preference against the version read (409 when a colleague saved it in between, or
 * retired it). A change of channel is a different way to reach the partner: it is refused as a
 * field issue (retire this one and add the other). Audited with the names of the changed fields.
 */
export async function updatePreference(ctx: Ctx, partnerId: string, preferenceId: string, input: UpdatePreferenceInput): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  const { version, ...rest } = input;
  const preference = checked(rest, ctx.now);
  return ctx.db.transaction(async (trx) => {
    await requirePartnerRow(trx, partnerId);
    const current = await requirePreference(trx, partnerId, preferenceId);
    if (current.channel !== preference.channel) {
      const issues = [{ path: 'body.channel', code: 'partners.channel_fixed' }];
      throw new AppError('invalid', 'request.invalid', { count: 1 }, { issues });
    }
    if (current.version !== version) throw new AppError('conflict', 'partners.stale_preference', {});
    if (current.retired_at !== null) throw new AppError('conflict', 'partners.preference_retired', {});
    const open = (column: string, value: string | null) => (value === null ? null : ctx.keyring.decrypt(value, fieldContext('contact_preference', column, actor.agencyId, preferenceId)));
    const before = { value: open('value', current.value_encrypted), safeTimes: open('safe_times', current.safe_times_encrypted), safe: current.safe, voicemailOk: current.voicemail_ok, confirmedOn: current.confirmed_on };
    const fields = (['value', 'safeTimes', 'safe', 'voicemailOk', 'confirmedOn'] as const).filter((field) => before[field] !== preference[field]);
    if (fields.length === 0) return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
    const seal = (column: string, value: string) => ctx.keyring.encrypt(value, fieldContext('contact_preference', column, actor.agencyId, preferenceId));
    const saved = await trx
      .updateTable('contact_preference')
      .set({
        value_encrypted: seal('value', preference.value),
        safe_times_encrypted: preference.safeTimes === null ? null : seal('safe_times', preference.safeTimes),
        safe: preference.safe,
        voicemail_ok: preference.voicemailOk,
        confirmed_on: preference.confirmedOn,
        version: sql<number>`version + 1`,
        updated_at: ctx.now,
        updated_by: actor.userId,
      })
      .where('id', '=', preferenceId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (saved.numUpdatedRows === 0n) throw new AppError('conflict', 'partners.stale_preference', {});
    await recordAudit(ctx, trx, { type: 'partner.preference_updated', subject: { type: 'partner', id: partnerId }, details: { preferenceId, channel: current.channel, fields: [...fields] } });
    return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
  });
}

/**
 * Retires a preference the partner no longer uses or wants used: it stays in the file (greyed),
 * and the channel gate never opens it again. Retiring twice changes nothing.
 */
export async function retirePreference(ctx: Ctx, partnerId: string, preferenceId: string, input: RetirePreferenceInput): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    await requirePartnerRow(trx, partnerId);
    const current = await requirePreference(trx, partnerId, preferenceId);
    if (current.version !== input.version) throw new AppError('conflict', 'partners.stale_preference', {});
    if (current.retired_at !== null) return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
    const saved = await trx
      .updateTable('contact_preference')
      .set({ retired_at: ctx.now, version: sql<number>`version + 1`, updated_at: ctx.now, updated_by: actor.userId })
      .where('id', '=', preferenceId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (saved.numUpdatedRows === 0n) throw new AppError('conflict', 'partners.stale_preference', {});
    await recordAudit(ctx, trx, { type: 'partner.preference_retired', subject: { type: 'partner', id: partnerId }, details: { preferenceId, channel: current.channel } });
    return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
  });
}
