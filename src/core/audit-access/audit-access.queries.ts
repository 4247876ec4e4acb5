import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import type { AuditGrant, SampleFileSummary } from './audit-access.schema.js';

/** Where a grant stands at an instant: ended by a manager, past its last day, in force, or to come. */
export function grantStatus(grant: { starts_at: Date; ends_at: Date; ended_at: Date | null }, now: Date): AuditGrant['status'] {
  if (grant.ended_at) return 'ended';
  if (now >= grant.ends_at) return 'expired';
  if (now < grant.starts_at) return 'scheduled';
  return 'active';
}

/** The grant in force for an auditor account now, if any (the latest-ending one if several overlap). */
export async function findGrantInForce(db: Kysely<DB> | Transaction<DB>, auditorUserId: string, now: Date): Promise<{ id: string; endsAt: Date } | undefined> {
  const row = await db
    .selectFrom('audit_grant')
    .select(['id', 'ends_at'])
    .where('auditor_user_id', '=', auditorUserId)
    .where('ended_at', 'is', null)
    .where('starts_at', '<=', now)
    .where('ends_at', '>', now)
    .orderBy('ends_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, endsAt: row.ends_at } : undefined;
}

/** The participant files a grant samples, with names (the caller's transaction must see the participant compartment). */
export async function loadSampleFiles(trx: Transaction<DB>, grantIds: readonly string[]): Promise<Map<string, SampleFileSummary[]>> {
  const byGrant = new Map<string, SampleFileSummary[]>();
  if (grantIds.length === 0) return byGrant;
  const rows = await trx
    .selectFrom('audit_grant_file as f')
    .innerJoin('participant as p', (join) => join.onRef('p.agency_id', '=', 'f.agency_id').onRef('p.id', '=', 'f.participant_id'))
    .select(['f.grant_id', 'p.id', 'p.given_name', 'p.family_name', 'p.case_state'])
    .where('f.grant_id', 'in', grantIds)
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .orderBy('p.id')
    .execute();
  for (const row of rows) {
    const files = byGrant.get(row.grant_id) ?? [];
    files.push({ participantId: row.id, name: `${row.given_name} ${row.family_name}`, caseState: row.case_state });
    byGrant.set(row.grant_id, files);
  }
  return byGrant;
}

/** The agency's grants, newest first, as the manager sees them. */
export async function loadGrants(trx: Transaction<DB>, now: Date, id?: string): Promise<AuditGrant[]> {
  let query = trx
    .selectFrom('audit_grant as g')
    .innerJoin('app_user as a', (join) => join.onRef('a.agency_id', '=', 'g.agency_id').onRef('a.id', '=', 'g.auditor_user_id'))
    .leftJoin('app_user as by', (join) => join.onRef('by.agency_id', '=', 'g.agency_id').onRef('by.id', '=', 'g.granted_by'))
    .leftJoin('app_user as end', (join) => join.onRef('end.agency_id', '=', 'g.agency_id').onRef('end.id', '=', 'g.ended_by'))
    .select([
      'g.id', 'g.purpose', 'g.starts_on', 'g.ends_on', 'g.starts_at', 'g.ends_at', 'g.granted_at', 'g.ended_at', 'g.version',
      'a.id as auditor_id', 'a.display_name as auditor_name', 'a.email as auditor_email', 'by.display_name as granted_by_name', 'end.display_name as ended_by_name',
    ])
    .orderBy('g.granted_at', 'desc')
    .orderBy('g.id');
  if (id) query = query.where('g.id', '=', id);
  const rows = await query.execute();
  const files = await loadSampleFiles(trx, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    auditor: { id: row.auditor_id, displayName: row.auditor_name, email: row.auditor_email },
    purpose: row.purpose,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    endsAt: row.ends_at.toISOString(),
    status: grantStatus(row, now),
    grantedByName: row.granted_by_name,
    grantedAt: row.granted_at.toISOString(),
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    endedByName: row.ended_by_name,
    files: files.get(row.id) ?? [],
    version: row.version,
  }));
}

/** One grant of the agency, or 404. */
export async function loadGrant(trx: Transaction<DB>, id: string, now: Date): Promise<AuditGrant> {
  const [grant] = await loadGrants(trx, now, id);
  if (!grant) throw new AppError('not_found', 'auditAccess.not_found', {});
  return grant;
}

/** The participant ids a grant samples (ids only: what other modules need to show an auditor the sample's items). */
export async function findGrantSample(db: Kysely<DB> | Transaction<DB>, grantId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('audit_grant_file').select('participant_id').where('grant_id', '=', grantId).execute();
  return new Set(rows.map((row) => row.participant_id));
}
