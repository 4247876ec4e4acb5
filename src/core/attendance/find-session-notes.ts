import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { findParticipantNames, requireSession } from './attendance.queries.js';
import type { SessionNote } from './attendance.schema.js';

/**
 * A session's notes, decrypted, oldest first, for facilitators and managers: the people who
 * write the notes and the completion reports they inform (`report.draft`; intake and finance,
 * who see rosters, do not read notes). Each note read is audited ("who viewed this record").
 */
export async function findSessionNotes(ctx: Ctx, sessionId: string): Promise<SessionNote[]> {
  assertCan(ctx.actor, 'report.draft');
  return ctx.db.transaction(async (trx) => {
    const session = await requireSession(trx, sessionId);
    const rows = await trx
      .selectFrom('session_note as n')
      .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'n.agency_id').onRef('u.id', '=', 'n.written_by'))
      .select(['n.id', 'n.agency_id', 'n.participant_id', 'n.note_encrypted', 'n.written_at', 'u.display_name'])
      .where('n.session_id', '=', session.id)
      .orderBy('n.written_at')
      .orderBy('n.id')
      .execute();
    const names = await findParticipantNames(trx, [...new Set(rows.flatMap((row) => (row.participant_id ? [row.participant_id] : [])))]);
    const notes = rows.map((row) => ({
      noteId: row.id,
      sessionId: session.id,
      participantId: row.participant_id,
      participantName: row.participant_id ? (names.get(row.participant_id) ?? null) : null,
      text: ctx.keyring.decrypt(row.note_encrypted, fieldContext('session_note', 'note', row.agency_id, row.id)),
      writtenAt: row.written_at.toISOString(),
      writtenByName: row.display_name,
    }));
    for (const note of notes) await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'session_note', id: note.noteId }, details: {} });
    return notes;
  });
}
