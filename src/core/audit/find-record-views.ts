import { AppError, type Ctx } from '../shared/index.js';
import { assertCan } from '../access/assert-can.js';
import { compartmentOfSubject } from './audit.rules.js';
import { FindRecordViewsInput, type RecordViews, recordViewsLimit } from './audit.schema.js';
import { findRecordViewRows } from './audit.queries.js';
import { recordAudit } from './record-audit.js';

/**
 * "Who viewed this record": the `record.viewed` events of one record, newest first (at most 500),
 * with the viewer's display name. Reading the log is itself a sensitive read, so it is audited
 * (subject `audit_log`) in the same transaction.
 */
export async function findRecordViews(ctx: Ctx, input: FindRecordViewsInput): Promise<RecordViews> {
  const parsed = FindRecordViewsInput.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
    throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  }
  const { subjectType, subjectId } = parsed.data;
  const { actor, db } = ctx;
  const scope = db.scope;
  // The permission registry decides who may (manager, auditor, partner-contact lead).
  assertCan(actor, 'audit.read_views');
  if (actor.kind !== 'staff' || scope.kind !== 'agency') {
    throw new AppError('forbidden', 'audit.log_forbidden', {});
  }
  if (!scope.compartments.includes('audit')) throw new AppError('forbidden', 'audit.log_forbidden', {});
  const compartment = compartmentOfSubject(subjectType);
  // not_found, not forbidden: a record outside the reader's compartments must not be confirmed to exist.
  if (compartment && !scope.compartments.includes(compartment)) {
    throw new AppError('not_found', 'audit.record_not_found', {});
  }
  return db.transaction(async (trx) => {
    const rows = await findRecordViewRows(trx, scope.agencyId, subjectType, subjectId, recordViewsLimit);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'audit_log', id: `${subjectType}:${subjectId}` } });
    return rows.map((row) => ({
      viewedAt: row.occurred_at.toISOString(),
      userId: row.actor_user_id,
      displayName: row.display_name,
    }));
  });
}
