import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Workbook } from './workbook.schema.js';

/** The participant's workbook, every list in order; version 0 and empty lists when none was saved. */
export async function findWorkbook(db: Kysely<DB>, participantId: string): Promise<Workbook> {
  const head = await db
    .selectFrom('workbook as w')
    .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'w.agency_id').onRef('u.id', '=', 'w.updated_by'))
    .select(['w.version', 'w.updated_at', 'w.updated_by', 'u.display_name'])
    .where('w.participant_id', '=', participantId)
    .executeTakeFirst();
  if (!head) return { participantId, relationshipValues: [], warningSigns: [], accountabilityActions: [], version: 0, updatedAt: null, updatedBy: null };
  // One after the other: a transaction is one connection.
  const values = await db.selectFrom('relationship_value').selectAll().where('participant_id', '=', participantId).orderBy('position').execute();
  const signs = await db.selectFrom('warning_sign').selectAll().where('participant_id', '=', participantId).orderBy('position').execute();
  const actions = await db.selectFrom('accountability_action').selectAll().where('participant_id', '=', participantId).orderBy('position').execute();
  const stamp = (row: { updated_at: Date; updated_by: string | null }) => ({ updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by });
  return {
    participantId,
    relationshipValues: values.map((row) => ({ text: row.text, ...stamp(row) })),
    warningSigns: signs.map((row) => ({ kind: row.kind, text: row.text, ...stamp(row) })),
    accountabilityActions: actions.map((row) => ({ text: row.text, status: row.status, ...stamp(row) })),
    version: head.version,
    updatedAt: head.updated_at.toISOString(),
    updatedBy: head.updated_by ? { id: head.updated_by, name: head.display_name ?? '' } : null,
  };
}
