import type { Transaction } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { findSettings } from '../agencies/settings.queries.js';
import { requireStaff } from '../access/require-staff.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { ConsentDecision, PreferenceChannel } from './partners.tables.js';

/**
 * THE channel gate. Every way PARS reaches out to a partner (a call, a voicemail, a text, an
 * email, a letter) asks here first, and nothing else decides. The rules, from the seeds and
 * from safe practice with people who have been harmed:
 * - a partner who declined contact gets nothing, on any channel, until they say otherwise;
 * - a call may go to a number not yet confirmed (it is how first contact is made: a discreet
 *   call, no message), but never to a number marked unsafe;
 * - a voicemail, a text, an email or a letter leaves a trace someone else may find: each needs
 *   the partner to have confirmed that channel safe, recently enough (the agency's setting);
 *   a voicemail also needs the partner's yes to messages on that phone.
 * Code that produces an outbound trace takes an `OpenChannel`, which only `openChannel` makes.
 */
export const outboundActions = ['call', 'voicemail', 'text', 'email', 'letter'] as const;
export type OutboundAction = (typeof outboundActions)[number];

export const gateRefusals = ['declined', 'no_channel', 'not_safe', 'unconfirmed', 'voicemail_not_allowed'] as const;
export type GateRefusal = (typeof gateRefusals)[number];

/** The channel each action uses. */
export const channelOf: Record<OutboundAction, PreferenceChannel> = { call: 'phone', voicemail: 'phone', text: 'text', email: 'email', letter: 'mail' };

export interface GatePreference {
  id: string;
  channel: PreferenceChannel;
  /** null: not yet confirmed by the partner. */
  safe: boolean | null;
  voicemailOk: boolean;
  /** `YYYY-MM-DD`, when the partner last confirmed this preference. */
  confirmedOn: string | null;
  retired: boolean;
}

export interface GateFacts {
  /** The partner's latest decision about contact (null: not asked yet). */
  consent: ConsentDecision | null;
  preferences: readonly GatePreference[];
  /** `YYYY-MM-DD` in the agency's time. */
  today: string;
  /** Confirmations older than this many days count as unconfirmed. */
  maxAgeDays: number;
}

export type GateDecision = { open: true; preferenceId: string } | { open: false; reason: GateRefusal };

/** Pure: may `action` be taken, and through which preference (the one asked for, or the first that qualifies)? */
export function decideChannel(facts: GateFacts, action: OutboundAction, preferenceId?: string): GateDecision {
  if (facts.consent === 'declined') return { open: false, reason: 'declined' };
  const candidates = facts.preferences.filter((p) => !p.retired && p.channel === channelOf[action] && (preferenceId === undefined || p.id === preferenceId));
  if (candidates.length === 0) return { open: false, reason: 'no_channel' };
  const refusals: GateRefusal[] = [];
  for (const preference of candidates) {
    const refusal = refusalFor(facts, action, preference);
    if (!refusal) return { open: true, preferenceId: preference.id };
    refusals.push(refusal);
  }
  // The most telling reason when every candidate is refused: unsafe beats unconfirmed beats no voicemail.
  for (const reason of ['not_safe', 'unconfirmed', 'voicemail_not_allowed'] as const) if (refusals.includes(reason)) return { open: false, reason };
  return { open: false, reason: 'no_channel' };
}

function refusalFor(facts: GateFacts, action: OutboundAction, preference: GatePreference): GateRefusal | undefined {
  if (preference.safe === false) return 'not_safe';
  if (action === 'call') return undefined;
  if (preference.safe !== true || !isFresh(preference.confirmedOn, facts.today, facts.maxAgeDays)) return 'unconfirmed';
  if (action === 'voicemail' && !preference.voicemailOk) return 'voicemail_not_allowed';
  return undefined;
}

/** True when `confirmedOn` is no more than `maxAgeDays` before `today` (both `YYYY-MM-DD`). */
export function isFresh(confirmedOn: string | null, today: string, maxAgeDays: number): boolean {
  if (!confirmedOn) return false;
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${confirmedOn}T00:00:00Z`)) / 86_400_000;
  return age <= maxAgeDays;
}

declare const openChannelBrand: unique symbol;

/** Proof that the gate opened this channel for this partner, now. Only `openChannel` makes one. */
export interface OpenChannel {
  readonly [openChannelBrand]: true;
  readonly partnerId: string;
  readonly action: OutboundAction;
  readonly preferenceId: string;
  /** The number, email or address to use (decrypted). */
  readonly value: string;
}

/** The facts the gate decides on, read in the caller's transaction (partner compartment). */
export async function loadGateFacts(trx: Transaction<DB>, partnerId: string, today: string): Promise<GateFacts> {
  const facts = await loadGateFactsFor(trx, [partnerId], today);
  return facts.get(partnerId)!;
}

/** The gate's facts for several partners in three queries (the worklist asks for every letter it might propose). */
export async function loadGateFactsFor(trx: Transaction<DB>, partnerIds: readonly string[], today: string): Promise<Map<string, GateFacts>> {
  if (partnerIds.length === 0) return new Map();
  const ids = [...partnerIds];
  const [consents, preferences, settings] = await Promise.all([
    trx.selectFrom('partner_consent').select(['partner_id', 'decision']).where('partner_id', 'in', ids).orderBy('partner_id').orderBy('decided_on', 'desc').orderBy('recorded_at', 'desc').distinctOn('partner_id').execute(),
    trx.selectFrom('contact_preference').select(['partner_id', 'id', 'channel', 'safe', 'voicemail_ok', 'confirmed_on', 'retired_at']).where('partner_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    findSettings(trx),
  ]);
  const latest = new Map(consents.map((c) => [c.partner_id, c.decision]));
  const facts = new Map<string, GateFacts>(ids.map((id) => [id, { consent: latest.get(id) ?? null, preferences: [], today, maxAgeDays: settings.partnerPreferenceMaxAgeDays }]));
  for (const p of preferences) {
    (facts.get(p.partner_id)!.preferences as GatePreference[]).push({ id: p.id, channel: p.channel, safe: p.safe, voicemailOk: p.voicemail_ok, confirmedOn: p.confirmed_on, retired: p.retired_at !== null });
  }
  return facts;
}

/**
 * Opens a channel or refuses with `partners.channel_closed` (the reason says which rule).
 * Call it in the same transaction that records what goes out, so a change of preference
 * committed in between cannot slip through.
 */
export async function openChannel(ctx: Ctx, trx: Transaction<DB>, input: { partnerId: string; action: OutboundAction; preferenceId?: string | undefined; today: string }): Promise<OpenChannel> {
  const actor = requireStaff(ctx.actor);
  const facts = await loadGateFacts(trx, input.partnerId, input.today);
  const decision = decideChannel(facts, input.action, input.preferenceId);
  if (!decision.open) throw new AppError('conflict', 'partners.channel_closed', { action: input.action, reason: decision.reason });
  const row = await trx.selectFrom('contact_preference').select('value_encrypted').where('id', '=', decision.preferenceId).executeTakeFirstOrThrow();
  const value = ctx.keyring.decrypt(row.value_encrypted, fieldContext('contact_preference', 'value', actor.agencyId, decision.preferenceId));
  return { partnerId: input.partnerId, action: input.action, preferenceId: decision.preferenceId, value } as OpenChannel;
}
