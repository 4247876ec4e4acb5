import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actingIn } from '../access/acting-in.js';
import { agencyToday } from '../agencies/agency-day.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import { addDays } from '../shared/business-days.js';
import type { Ctx } from '../shared/ctx.js';
import { zonedTimeToInstant } from '../shared/zoned-time.js';
import { loadGrant } from './audit-access.queries.js';
import { type AuditGrant, type GrantAuditAccessInput, maxGrantDays } from './audit-access.schema.js';

function fieldError(code: string, path: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('invalid', code, params, { issues: [{ path: `body.${path}`, code, params }] });
}

/**
 * A manager grants a Ministry auditor read-only access to the agency from one agency day to
 * another (both included, at most `maxGrantDays`), for a stated purpose, with a sample of
 * participant files. Idempotent on its key: the same submit twice gives the same grant.
 */
export async function grantAuditAccess(ctx: Ctx, input: GrantAuditAccessInput): Promise<AuditGrant> {
  try {
    return await grantOnce(ctx, input);
  } catch (error) {
    // The same submit raced itself: the winner's grant answers (its key is unique).
    if ((error as { code?: unknown }).code !== '23505') throw error;
    return ctx.db.transaction(async (trx) => {
      const winner = await trx.selectFrom('audit_grant').select('id').where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
      if (!winner) throw error;
      return loadGrant(trx, winner.id, ctx.now);
    });
  }
}

async function grantOnce(ctx: Ctx, input: GrantAuditAccessInput): Promise<AuditGrant> {
  const { agencyId, userId } = actingIn(ctx, 'audit.grant_access');
  return ctx.db.transaction(async (trx) => {
    const earlier = await trx.selectFrom('audit_grant').select('id').where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (earlier) return loadGrant(trx, earlier.id, ctx.now);
    const { today, timeZone } = await agencyToday(trx, ctx.now);
    checkDays(input, today);
    await checkAuditor(trx, input.auditorUserId);
    await checkFiles(trx, input.participantIds);
    const id = randomUUID();
    await trx
      .insertInto('audit_grant')
      .values({
        agency_id: agencyId,
        id,
        auditor_user_id: input.auditorUserId,
        purpose: input.purpose,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        starts_at: zonedTimeToInstant(`${input.startsOn}T00:00`, timeZone),
        ends_at: zonedTimeToInstant(`${addDays(input.endsOn, 1)}T00:00`, timeZone),
        granted_by: userId!,
        granted_at: ctx.now,
        ended_at: null,
        ended_by: null,
        idempotency_key: input.idempotencyKey,
      })
      .execute();
    await trx
      .insertInto('audit_grant_file')
      .values(input.participantIds.map((participantId) => ({ agency_id: agencyId, grant_id: id, participant_id: participantId })))
      .execute();
    await recordAudit(ctx, trx, {
      type: 'audit_access.granted',
      subject: { type: 'user', id: input.auditorUserId },
      details: { grantId: id, startsOn: input.startsOn, endsOn: input.endsOn, files: input.participantIds.length },
    });
    return loadGrant(trx, id, ctx.now);
  });
}

function checkDays(input: GrantAuditAccessInput, today: string): void {
  if (input.startsOn < today) throw fieldError('auditAccess.starts_in_past', 'startsOn', { today });
  if (input.endsOn < input.startsOn) throw fieldError('auditAccess.ends_before_start', 'endsOn');
  if (input.endsOn >= addDays(input.startsOn, maxGrantDays)) throw fieldError('auditAccess.too_long', 'endsOn', { days: maxGrantDays });
}

async function checkAuditor(trx: Transaction<DB>, auditorUserId: string): Promise<void> {
  const auditor = await trx
    .selectFrom('app_user as u')
    .innerJoin('role_grant as r', (join) => join.onRef('r.agency_id', '=', 'u.agency_id').onRef('r.user_id', '=', 'u.id'))
    .select('u.id')
    .where('u.id', '=', auditorUserId)
    .where('u.status', '=', 'active')
    .where('r.role', '=', 'auditor')
    .executeTakeFirst();
  if (!auditor) throw fieldError('auditAccess.not_an_auditor', 'auditorUserId');
}

/** Every file must be one of the agency's participants (the manager's compartment sees them all). */
async function checkFiles(trx: Transaction<DB>, participantIds: readonly string[]): Promise<void> {
  const found = await trx.selectFrom('participant').select('id').where('id', 'in', participantIds).execute();
  if (found.length !== participantIds.length) throw fieldError('auditAccess.unknown_file', 'participantIds');
}
