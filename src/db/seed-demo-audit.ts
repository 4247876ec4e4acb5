import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../core/audit/index.js';
import { agencyToday } from '../core/agencies/agency-day.js';
import { addDays } from '../core/shared/business-days.js';
import type { Ctx } from '../core/shared/ctx.js';
import { zonedTimeToInstant } from '../core/shared/zoned-time.js';
import type { DB } from './schema.js';
import { scopeToAgency } from './scoped-database.js';

/**
 * The demo's Ministry audit in progress: the manager granted the auditor 30 days from today, with
 * a sample of three files — a completed case whose report was sent and acknowledged, and two
 * placed participants whose partners the Partner Contact team follows. Runs once.
 */
export async function seedDemoAudit(ctx: Ctx, owner: Kysely<DB>, input: { agencyId: string; auditor: string | null; manager: string | null }): Promise<void> {
  const { agencyId, auditor, manager } = input;
  if (!auditor || !manager) return;
  // Which participants have partners is partner-side knowledge: read here, as the seed, ids only.
  const followed = await scopeToAgency(owner, agencyId, { compartments: ['partner'] }).transaction((trx) =>
    trx.selectFrom('partner').select('participant_id').where('participant_id', 'is not', null).orderBy('created_at').execute(),
  );
  await ctx.db.transaction(async (trx) => {
    const existing = await trx.selectFrom('audit_grant').select('id').where('auditor_user_id', '=', auditor).executeTakeFirst();
    if (existing) return;
    const reported = await trx
      .selectFrom('participant as p')
      .innerJoin('court_report as r', (join) => join.onRef('r.agency_id', '=', 'p.agency_id').onRef('r.participant_id', '=', 'p.id'))
      .select('p.id')
      .where('r.status', '=', 'sent')
      .orderBy('p.family_name')
      .limit(1)
      .execute();
    const placed = await trx
      .selectFrom('enrolment')
      .select('participant_id')
      .where('status', '=', 'active')
      .where('participant_id', 'in', followed.map((f) => f.participant_id!).concat(['00000000-0000-4000-8000-000000000000']))
      .orderBy('enrolled_at')
      .limit(2)
      .execute();
    const files = [...new Set([...reported.map((r) => r.id), ...placed.map((p) => p.participant_id)])];
    if (files.length === 0) return;
    const { today, timeZone } = await agencyToday(trx, ctx.now);
    const endsOn = addDays(today, 29);
    const id = randomUUID();
    await trx
      .insertInto('audit_grant')
      .values({
        agency_id: agencyId,
        id,
        auditor_user_id: auditor,
        purpose: 'Provincial Standards compliance review, fiscal year 2026–27 / Examen de la conformité aux normes provinciales, exercice 2026-2027',
        starts_on: today,
        ends_on: endsOn,
        starts_at: zonedTimeToInstant(`${today}T00:00`, timeZone),
        ends_at: zonedTimeToInstant(`${addDays(endsOn, 1)}T00:00`, timeZone),
        granted_by: manager,
        granted_at: ctx.now,
        ended_at: null,
        ended_by: null,
        idempotency_key: `demo-audit-${id}`,
      })
      .execute();
    await trx.insertInto('audit_grant_file').values(files.map((participantId) => ({ agency_id: agencyId, grant_id: id, participant_id: participantId }))).execute();
    await recordAudit(ctx, trx, { type: 'audit_access.granted', subject: { type: 'user', id: auditor }, details: { grantId: id, startsOn: today, endsOn, files: files.length } }, {
      actor: { kind: 'staff', userId: manager, agencyId, roles: ['manager'], sessionId: randomUUID() },
    });
  });
}
