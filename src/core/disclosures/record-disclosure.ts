import { randomUUID } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { agencyToday } from '../agencies/agency-day.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import { AppError, type FieldIssue } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { attachSafetyConcern } from './disclosures.queries.js';
import { disclosureIssues, type DisclosureTeam, initialStatus } from './disclosures.rules.js';
import type { DisclosureReceipt, RecordDisclosureInput } from './disclosures.schema.js';

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
}

/**
 * Records a disclosure decision. The partner-contact team records it about a partner (the
 * participant is the partner's); the group program (a facilitator's concern, the manager)
 * about a participant, through the drop box: the facilitator gets back a receipt and cannot read
 * the disclosure afterwards. Crown and probation wait for a manager's approval; a report to a
 * Children's Aid Society, the police or a court is decided at once (and may be recorded as
 * already made), and its concern, if any, is attached to the participant's case now.
 */
export async function recordDisclosure(ctx: Ctx, input: RecordDisclosureInput): Promise<DisclosureReceipt> {
  assertCan(ctx.actor, 'disclosure.create');
  const actor = requireStaff(ctx.actor);
  const team: DisclosureTeam = can(ctx.actor, 'partner.read') ? 'partner_contact' : 'group_program';
  return ctx.db.transaction(async (trx) => {
    const issues = disclosureIssues(input, team, (await agencyToday(trx, ctx.now)).today, ctx.now);
    if (issues.length > 0) throw invalid(issues);
    let participantId: string;
    if (team === 'partner_contact') {
      const partner = await trx.selectFrom('partner').select(['id', 'participant_id']).where('id', '=', input.partnerId!).executeTakeFirst();
      if (!partner) throw new AppError('not_found', 'partners.not_found', {});
      if (!partner.participant_id) throw invalid([{ path: 'body.partnerId', code: 'disclosure_rule', params: { reason: 'partner_without_participant' } }]);
      if (input.participantId && input.participantId !== partner.participant_id) {
        throw invalid([{ path: 'body.participantId', code: 'disclosure_rule', params: { reason: 'not_the_partners_participant' } }]);
      }
      participantId = partner.participant_id;
    } else {
      participantId = (await requireParticipant(trx, input.participantId!)).id;
    }
    const id = randomUUID();
    const status = initialStatus(input.recipient, input.madeAt);
    const row = {
      agency_id: actor.agencyId,
      id,
      participant_id: participantId,
      partner_id: team === 'partner_contact' ? input.partnerId! : null,
      raised_by_team: team,
      recipient: input.recipient,
      legal_basis: input.legalBasis,
      summary_encrypted: ctx.keyring.encrypt(input.summary, fieldContext('disclosure', 'summary', actor.agencyId, id)),
      method: input.method ?? null,
      status,
      concern_category: input.concernCategory ?? null,
      concern_occurred_on: input.concernOccurredOn ?? null,
      crown_warning_given: input.crownWarningGiven,
      partner_told_on: input.partnerToldOn ?? null,
      decided_at: ctx.now,
      decided_by: actor.userId,
      approved_at: null,
      approved_by: null,
      approval_note_encrypted: null,
      made_at: input.madeAt ?? null,
      made_by: input.madeAt ? actor.userId : null,
      refused_at: null,
      refused_by: null,
    };
    // No `returning`: a facilitator may write into the disclosure compartment but not read it.
    await trx.insertInto('disclosure').values(row).execute();
    const concernAttached = status !== 'pending_approval' && (await attachSafetyConcern(trx, { ...row, decided_at: ctx.now, made_at: input.madeAt ? new Date(input.madeAt) : null, version: 1 }, ctx.now, actor.userId));
    await recordAudit(ctx, trx, {
      type: 'disclosure.recorded',
      subject: { type: 'disclosure', id },
      details: { recipient: input.recipient, legalBasis: input.legalBasis, status, team, concernAttached },
    });
    return { id, recordedAt: ctx.now.toISOString(), status };
  });
}
