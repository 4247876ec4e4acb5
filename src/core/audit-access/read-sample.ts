import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { readParticipantFile } from '../participants/get-participant-file.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { loadSampleFiles } from './audit-access.queries.js';
import type { MyAuditAccess, SampleFile } from './audit-access.schema.js';
import { samplePartnerContact } from './sample-partner-contact.js';

/** The auditor's grant in force (the session put it on the actor), or 404 for anyone else. */
function grantInForce(ctx: Ctx): { agencyId: string; grantId: string } {
  assertCan(ctx.actor, 'audit.read_sample');
  const actor = requireStaff(ctx.actor);
  if (!actor.auditAccess) throw new AppError('not_found', 'auditAccess.not_found', {});
  return { agencyId: actor.agencyId, grantId: actor.auditAccess.grantId };
}

/**
 * An auditor holds no compartment: the sample is read through the server's owner handle, scoped
 * to the agency and to the participant compartment, and every query names the grant, so only
 * the files the manager chose can be read. Opened here and nowhere else for auditors.
 */
function sampleSpace(owner: Kysely<DB>, agencyId: string) {
  return scopeToAgency(owner, agencyId, { compartments: ['participant'] });
}

/** What the auditor's grant is for, until when, and the files it samples (the listing audited). */
export async function getMyAuditAccess(ctx: Ctx, owner: Kysely<DB>): Promise<MyAuditAccess> {
  const { agencyId, grantId } = grantInForce(ctx);
  return sampleSpace(owner, agencyId).transaction(async (trx) => {
    const grant = await trx
      .selectFrom('audit_grant as g')
      .leftJoin('app_user as by', (join) => join.onRef('by.agency_id', '=', 'g.agency_id').onRef('by.id', '=', 'g.granted_by'))
      .select(['g.purpose', 'g.starts_on', 'g.ends_on', 'g.ends_at', 'by.display_name'])
      .where('g.id', '=', grantId)
      .executeTakeFirstOrThrow();
    const files = (await loadSampleFiles(trx, [grantId])).get(grantId) ?? [];
    await recordAudit(ctx, trx, { type: 'audit_access.files_listed', details: { grantId, files: files.length } });
    return { purpose: grant.purpose, startsOn: grant.starts_on, endsOn: grant.ends_on, endsAt: grant.ends_at.toISOString(), grantedByName: grant.display_name, files };
  });
}

/**
 * One sampled file, read-only, as an auditor reads it: the participant's file (no decision is
 * offered: the auditor may take none), attendance, the completion reports' progress, and Partner
 * Contact de-identified. A file outside the grant's sample does not exist for the auditor (404).
 * The read is audited as any read of the file (`record.viewed`, the auditor's account).
 */
export async function getSampleFile(ctx: Ctx, owner: Kysely<DB>, participantId: string): Promise<SampleFile> {
  const { agencyId, grantId } = grantInForce(ctx);
  const { file, attendance, reports } = await sampleSpace(owner, agencyId).transaction(async (trx) => {
    const sampled = await trx
      .selectFrom('audit_grant_file')
      .select('participant_id')
      .where('grant_id', '=', grantId)
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    if (!sampled) throw new AppError('not_found', 'auditAccess.not_found', {});
    const file = await readParticipantFile(ctx, trx, participantId);
    const attendance = await trx
      .selectFrom('attendance_mark as m')
      .innerJoin('group_session as s', (join) => join.onRef('s.agency_id', '=', 'm.agency_id').onRef('s.id', '=', 'm.session_id'))
      .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
      .select(['s.local_date', 's.number', 'g.name', 'm.status', 'm.make_up'])
      .where('m.participant_id', '=', sampled.participant_id)
      .orderBy('s.local_date')
      .orderBy('s.number')
      .execute();
    const reports = await trx
      .selectFrom('court_report as r')
      .leftJoin('report_delivery as d', (join) => join.onRef('d.agency_id', '=', 'r.agency_id').onRef('d.report_id', '=', 'r.id'))
      .leftJoin('report_ack as a', (join) => join.onRef('a.agency_id', '=', 'r.agency_id').onRef('a.report_id', '=', 'r.id'))
      .select(['r.kind', 'r.status', 'r.signed_on', 'd.delivered_on', 'a.acknowledged_on'])
      .where('r.participant_id', '=', sampled.participant_id)
      .orderBy('r.created_at')
      .execute();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: sampled.participant_id }, details: {} });
    return { file, attendance, reports };
  });
  return {
    file,
    attendance: attendance.map((a) => ({ on: a.local_date, groupName: a.name, sessionNumber: a.number, status: a.status, makeUp: a.make_up })),
    reports: reports.map((r) => ({ kind: r.kind, status: r.status, signedOn: r.signed_on, sentOn: r.delivered_on, acknowledgedOn: r.acknowledged_on })),
    partnerContact: await samplePartnerContact(ctx, owner, { agencyId, grantId, participantId }),
  };
}
