import { assertCan } from '../access/assert-can.js';
import { actingIn } from '../access/acting-in.js';
import { agencyToday } from '../agencies/agency-day.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { grantStatus, loadGrant, loadGrants } from './audit-access.queries.js';
import type { AuditGrant, AuditGrantList, EndAuditAccessInput, GrantChoices } from './audit-access.schema.js';

/** The agency's auditor grants, newest first, each with its sample (the manager's list). */
export async function listAuditGrants(ctx: Ctx): Promise<AuditGrantList> {
  assertCan(ctx.actor, 'audit.grant_access');
  return ctx.db.transaction(async (trx) => ({ grants: await loadGrants(trx, ctx.now) }));
}

/**
 * What the grant form offers the manager: the agency's active auditor accounts (the manager does
 * not otherwise read the staff list) and the participant files to sample from, latest referral first.
 */
export async function getGrantChoices(ctx: Ctx): Promise<GrantChoices> {
  assertCan(ctx.actor, 'audit.grant_access');
  return ctx.db.transaction(async (trx) => {
    const { today } = await agencyToday(trx, ctx.now);
    const auditors = await trx
      .selectFrom('app_user as u')
      .innerJoin('role_grant as r', (join) => join.onRef('r.agency_id', '=', 'u.agency_id').onRef('r.user_id', '=', 'u.id'))
      .select(['u.id', 'u.display_name', 'u.email'])
      .where('r.role', '=', 'auditor')
      .where('u.status', '=', 'active')
      .orderBy('u.display_name')
      .execute();
    const files = await trx
      .selectFrom('participant as p')
      .leftJoin(
        (eb) => eb.selectFrom('referral as x').select((inner) => ['x.participant_id', inner.fn.max('x.received_at').as('received_at')]).where('x.duplicate_of', 'is', null).groupBy('x.participant_id').as('r'),
        (join) => join.onRef('r.participant_id', '=', 'p.id'),
      )
      .select(['p.id', 'p.given_name', 'p.family_name', 'p.case_state', 'r.received_at'])
      .orderBy('r.received_at', (ob) => ob.desc().nullsLast())
      .orderBy('p.family_name')
      .orderBy('p.id')
      .limit(2000)
      .execute();
    return {
      today,
      auditors: auditors.map((a) => ({ id: a.id, displayName: a.display_name, email: a.email })),
      files: files.map((f) => ({
        participantId: f.id,
        name: `${f.given_name} ${f.family_name}`,
        caseState: f.case_state,
        receivedOn: f.received_at ? new Date(f.received_at).toISOString().slice(0, 10) : null,
      })),
    };
  });
}

/** A manager ends a grant before its last day (or calls off one to come): the auditor's next request has no access. */
export async function endAuditAccess(ctx: Ctx, grantId: string, input: EndAuditAccessInput): Promise<AuditGrant> {
  const { userId } = actingIn(ctx, 'audit.grant_access');
  return ctx.db.transaction(async (trx) => {
    const row = await trx.selectFrom('audit_grant').select(['auditor_user_id', 'starts_at', 'ends_at', 'ended_at', 'version']).where('id', '=', grantId).forUpdate().executeTakeFirst();
    if (!row) throw new AppError('not_found', 'auditAccess.not_found', {});
    if (row.version !== input.version) throw new AppError('conflict', 'auditAccess.stale_grant', {});
    const status = grantStatus(row, ctx.now);
    if (status === 'ended' || status === 'expired') throw new AppError('rule_violation', 'auditAccess.already_over', {});
    await trx
      .updateTable('audit_grant')
      .set((eb) => ({ ended_at: ctx.now, ended_by: userId, version: eb('version', '+', 1) }))
      .where('id', '=', grantId)
      .execute();
    await recordAudit(ctx, trx, { type: 'audit_access.ended', subject: { type: 'user', id: row.auditor_user_id }, details: { grantId } });
    return loadGrant(trx, grantId, ctx.now);
  });
}
