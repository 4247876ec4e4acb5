import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { crisisLinesForPartners, defaultCrisisLines } from '../packs/crisis-lines.js';
import { findPackIssuer } from '../packs/packs.queries.js';
import { decideChannel, type GateDecision, loadGateFacts, openChannel, type OpenChannel } from '../partners/channel-gate.js';
import { findResources, recordOf } from '../resources/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from '../users/db-errors.js';
import { renderLetter } from './letter-pdf.js';
import type { LetterList, LetterProposal, LetterProposalReason, LetterReceipt, PdfFile, SendLetterInput } from './partner-contact.schema.js';
import { agencyToday } from '../agencies/agency-day.js';
import { findPartnerRow, loadClockSettings, loadPartnerFacts } from './partner-contact.queries.js';
import { attemptsSinceLastContact, type AttemptsSinceContact } from './worklist.rules.js';

/** Pure: whether to propose a letter, from the attempts since the last contact and the gate's decision for mail. */
export function proposeLetter(attempts: AttemptsSinceContact, threshold: number, gate: GateDecision): LetterProposal {
  const answer = (reason: LetterProposalReason): LetterProposal => ({ proposed: reason === 'proposed', reason, failedAttempts: attempts.failed, threshold });
  if (!gate.open && gate.reason === 'declined') return answer('declined');
  if (attempts.failed < threshold) return answer('attempts_below_threshold');
  if (attempts.letterSent) return answer('already_sent_since_attempts');
  if (gate.open) return answer('proposed');
  switch (gate.reason) {
    case 'not_safe':
      return answer('mail_not_safe');
    case 'no_channel':
      return answer('no_address');
    default:
      return answer('unconfirmed');
  }
}

/**
 * Whether PARS proposes a letter now: once the failed phone attempts since the last contact
 * reach the agency's number, and only if the gate would open mail (a confirmed-safe address).
 * When mail is not safe, unconfirmed or there is no address, it says so and nothing is produced.
 */
export async function getLetterProposal(ctx: Ctx, partnerId: string): Promise<LetterProposal> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    await findPartnerRow(trx, partnerId);
    const settings = await loadClockSettings(trx, ctx.now);
    const [loaded] = await loadPartnerFacts(trx, settings, partnerId);
    const gate = decideChannel(await loadGateFacts(trx, partnerId, settings.today), 'letter');
    return proposeLetter(attemptsSinceLastContact(loaded!.facts.contacts), settings.letterAfterAttempts, gate);
  });
}

/**
 * Sends the introduction letter: the gate opens mail in this transaction (or refuses with
 * `partners.channel_closed`), then the letter and its contact record (kind `letter`) are saved.
 * The same idempotency key gives back the first letter. Language: the one asked, else the
 * partner's (another language: English).
 */
export async function sendLetter(ctx: Ctx, partnerId: string, input: SendLetterInput): Promise<LetterReceipt> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  const repeatOf = async (trx: Transaction<DB>) => {
    const row = await trx.selectFrom('contact_record').select(['id', 'partner_id', 'letter_id']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (!row) return undefined;
    if (row.partner_id !== partnerId || !row.letter_id) throw new AppError('conflict', 'partnerContact.idempotency_key_reused', {});
    return { id: row.letter_id, contactId: row.id, created: false };
  };
  try {
    return await ctx.db.transaction(async (trx) => {
      const repeat = await repeatOf(trx);
      if (repeat) return repeat;
      const partner = await findPartnerRow(trx, partnerId);
      const { today } = await agencyToday(trx, ctx.now);
      const channel = await openChannel(ctx, trx, { partnerId, action: 'letter', today });
      const language = input.language ?? (partner.language === 'fr' ? 'fr' : 'en');
      const letterId = randomUUID();
      const contactId = randomUUID();
      await insertLetter(trx, channel, { agencyId: actor.agencyId, letterId, language, producedAt: ctx.now, producedBy: actor.userId });
      await trx
        .insertInto('contact_record')
        .values({
          agency_id: actor.agencyId,
          id: contactId,
          partner_id: partnerId,
          kind: 'letter',
          initiated_by: 'worker',
          outcome: null,
          preference_id: channel.preferenceId,
          occurred_at: ctx.now,
          by_user: actor.userId,
          topics: ['program_information'],
          letter_id: letterId,
          idempotency_key: input.idempotencyKey,
        })
        .execute();
      await recordAudit(ctx, trx, { type: 'partner.letter_produced', subject: { type: 'partner', id: partnerId }, details: { letterId, contactId, language } });
      return { id: letterId, contactId, created: true };
    });
  } catch (error) {
    if (isDbError(error, '23505', 'contact_record_agency_id_idempotency_key_key')) {
      const repeat = await ctx.db.transaction(repeatOf);
      if (repeat) return repeat;
    }
    throw error;
  }
}

/** The only insert into `partner_letter`: it takes the gate's proof that mail is open. */
async function insertLetter(
  trx: Transaction<DB>,
  channel: OpenChannel,
  letter: { agencyId: string; letterId: string; language: 'en' | 'fr'; producedAt: Date; producedBy: string },
): Promise<void> {
  if (channel.action !== 'letter') throw new AppError('unexpected', 'system.unexpected', {});
  await trx
    .insertInto('partner_letter')
    .values({ agency_id: letter.agencyId, id: letter.letterId, partner_id: channel.partnerId, preference_id: channel.preferenceId, kind: 'introduction', language: letter.language, produced_at: letter.producedAt, produced_by: letter.producedBy })
    .execute();
}

/** The letters sent to a partner, newest first. */
export async function listLetters(ctx: Ctx, partnerId: string): Promise<LetterList> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    await findPartnerRow(trx, partnerId);
    const rows = await trx
      .selectFrom('partner_letter as l')
      .leftJoin('app_user as u', 'u.id', 'l.produced_by')
      .select(['l.id', 'l.kind', 'l.language', 'l.produced_at', 'l.produced_by', 'u.display_name'])
      .where('l.partner_id', '=', partnerId)
      .orderBy('l.produced_at', 'desc')
      .orderBy('l.id')
      .execute();
    return { items: rows.map((row) => ({ id: row.id, kind: row.kind, language: row.language, producedAt: row.produced_at.toISOString(), producedBy: row.produced_by ? { id: row.produced_by, name: row.display_name ?? '' } : null })) };
  });
}

/**
 * A sent letter as a PDF, re-rendered in its language and addressed from the gate: mail is asked
 * again now, for the address the letter went to, so a letter whose address has since become
 * unsafe (or was retired, or the partner declined) is refused (`partners.channel_closed`).
 * Audited: it prints the partner's name and address.
 */
export async function getLetterPdf(ctx: Ctx, partnerId: string, letterId: string): Promise<PdfFile> {
  assertCan(ctx.actor, 'partner.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const partner = await findPartnerRow(trx, partnerId);
    const letter = await trx.selectFrom('partner_letter').select(['id', 'language', 'preference_id', 'produced_at']).where('id', '=', letterId).where('partner_id', '=', partnerId).executeTakeFirst();
    if (!letter) throw new AppError('not_found', 'partnerContact.letter_not_found', {});
    const { today, timeZone } = await agencyToday(trx, ctx.now);
    const channel = await openChannel(ctx, trx, { partnerId, action: 'letter', preferenceId: letter.preference_id, today });
    const locale = letter.language === 'fr' ? 'fr-CA' : 'en-CA';
    const issuer = await findPackIssuer(trx, locale);
    const lines = crisisLinesForPartners((await findResources(trx, { category: 'crisis_line', locale })).items.map(recordOf));
    const name = ctx.keyring.decrypt(partner.full_name_encrypted, fieldContext('partner', 'full_name', actor.agencyId, partner.id));
    await recordAudit(ctx, trx, { type: 'partner.letter_printed', subject: { type: 'partner', id: partnerId }, details: { letterId, language: letter.language } });
    const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(letter.produced_at);
    const bytes = await renderLetter(channel, name, {
      language: letter.language,
      agencyName: issuer.agencyName,
      date,
      createdAt: letter.produced_at,
      crisisLines: lines.length > 0 ? lines : defaultCrisisLines,
    });
    return { bytes, fileName: `letter-${letter.produced_at.toISOString().slice(0, 10)}-${letter.language}.pdf` };
  });
}
