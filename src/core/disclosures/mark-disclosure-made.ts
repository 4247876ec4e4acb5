import { sql } from 'kysely';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import { agencyToday } from '../agencies/agency-day.js';
import { recordAudit } from '../audit/index.js';
import { AppError, type FieldIssue } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { getDisclosureRow, toDisclosure } from './disclosures.queries.js';
import type { Disclosure, MarkDisclosureMadeInput } from './disclosures.schema.js';

/**
 * Records that an approved disclosure was made: how and when (and when the partner was told).
 * The partner-contact team or the manager (those who read disclosures). Refused while it waits
 * for a manager, once refused, and once made. Its concern, if any, was attached when it was
 * approved (a disclosure is made only from approved), so nothing crosses here.
 */
export async function markDisclosureMade(ctx: Ctx, id: string, input: MarkDisclosureMadeInput): Promise<Disclosure> {
  assertCan(ctx.actor, 'disclosure.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const { today } = await agencyToday(trx, ctx.now);
    const issues: FieldIssue[] = [];
    if (Date.parse(input.madeAt) > ctx.now.getTime()) issues.push({ path: 'body.madeAt', code: 'disclosure_rule', params: { reason: 'future' } });
    if (input.partnerToldOn && input.partnerToldOn > today) issues.push({ path: 'body.partnerToldOn', code: 'disclosure_rule', params: { reason: 'future' } });
    if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
    const row = await getDisclosureRow(trx, id);
    if (row.version !== input.version) throw new AppError('conflict', 'disclosures.stale_disclosure', {});
    if (row.status !== 'approved') throw new AppError('rule_violation', 'disclosures.not_approved', { status: row.status });
    const updated = await trx
      .updateTable('disclosure')
      .set({
        status: 'made',
        method: input.method,
        made_at: input.madeAt,
        made_by: actor.userId,
        ...(input.partnerToldOn ? { partner_told_on: input.partnerToldOn } : {}),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 'disclosures.stale_disclosure', {});
    await recordAudit(ctx, trx, { type: 'disclosure.made', subject: { type: 'disclosure', id }, details: { method: input.method } });
    return toDisclosure(trx, ctx.keyring, updated, { showPartner: can(ctx.actor, 'partner.read') });
  });
}
