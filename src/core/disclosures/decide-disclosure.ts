import { sql } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { attachSafetyConcern, getDisclosureRow, toDisclosure } from './disclosures.queries.js';
import type { DecideDisclosureInput, Disclosure } from './disclosures.schema.js';

/**
 * The manager approves or refuses a Crown or probation disclosure waiting for approval, against
 * the version read. Approving attaches its concern to the participant's case (the category and
 * day, never the words); refusing attaches nothing. Nothing else is ever waiting: a report to a
 * Children's Aid Society, the police or a court has no gate.
 */
async function decide(ctx: Ctx, id: string, input: DecideDisclosureInput, decision: 'approved' | 'refused'): Promise<Disclosure> {
  assertCan(ctx.actor, 'disclosure.approve');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const row = await getDisclosureRow(trx, id);
    if (row.version !== input.version) throw new AppError('conflict', 'disclosures.stale_disclosure', {});
    if (row.status !== 'pending_approval') throw new AppError('rule_violation', 'disclosures.not_pending', { status: row.status });
    const note = input.note ? ctx.keyring.encrypt(input.note, fieldContext('disclosure', 'approval_note', actor.agencyId, id)) : null;
    const stamp = decision === 'approved' ? { approved_at: ctx.now, approved_by: actor.userId } : { refused_at: ctx.now, refused_by: actor.userId };
    const updated = await trx
      .updateTable('disclosure')
      .set({ status: decision, ...stamp, approval_note_encrypted: note, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 'disclosures.stale_disclosure', {});
    if (decision === 'approved') {
      const concernAttached = await attachSafetyConcern(trx, updated, ctx.now, actor.userId);
      await recordAudit(ctx, trx, { type: 'disclosure.approved', subject: { type: 'disclosure', id }, details: { concernAttached } });
    } else {
      await recordAudit(ctx, trx, { type: 'disclosure.refused', subject: { type: 'disclosure', id }, details: {} });
    }
    return toDisclosure(trx, ctx.keyring, updated, { showPartner: can(ctx.actor, 'partner.read') });
  });
}

/** The manager approves a Crown or probation disclosure: it may then be made. */
export function approveDisclosure(ctx: Ctx, id: string, input: DecideDisclosureInput): Promise<Disclosure> {
  return decide(ctx, id, input, 'approved');
}

/** The manager refuses a Crown or probation disclosure: it is never made. */
export function refuseDisclosure(ctx: Ctx, id: string, input: DecideDisclosureInput): Promise<Disclosure> {
  return decide(ctx, id, input, 'refused');
}
