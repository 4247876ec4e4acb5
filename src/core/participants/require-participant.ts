import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';

/**
 * The participant a write is about, or 404. Checked before anything is written: a foreign key
 * would otherwise reveal, by its error, a participant that row-level security hides.
 */
export async function requireParticipant(db: Kysely<DB>, participantId: string): Promise<{ id: string; caseState: string; version: number }> {
  const row = await db.selectFrom('participant').select(['id', 'case_state', 'version']).where('id', '=', participantId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'participants.not_found', {});
  return { id: row.id, caseState: row.case_state, version: row.version };
}
