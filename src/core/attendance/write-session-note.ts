import { randomUUID } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findParticipantNames, isOnRoster, requireSession } from './attendance.queries.js';
import type { SessionNote, WriteSessionNoteInput } from './attendance.schema.js';

/**
 * Keeps a facilitator's note on a session, or on one person in it, encrypted at rest (the row's
 * id is chosen first: it is part of the encryption context). A note's text goes nowhere else:
 * not into a notice, a message, a log line or the audit log.
 */
export async function writeSessionNote(ctx: Ctx, sessionId: string, input: WriteSessionNoteInput): Promise<SessionNote> {
  assertCan(ctx.actor, 'attendance.record');
  const actor = requireStaff(ctx.actor);
  const participantId = input.participantId ?? null;
  return ctx.db.transaction(async (trx) => {
    const session = await requireSession(trx, sessionId);
    if (participantId && !(await isOnRoster(trx, session, participantId))) throw new AppError('rule_violation', 'attendance.not_on_roster', {});
    const id = randomUUID();
    await trx
      .insertInto('session_note')
      .values({
        agency_id: session.agencyId,
        id,
        session_id: session.id,
        participant_id: participantId,
        note_encrypted: ctx.keyring.encrypt(input.text, fieldContext('session_note', 'note', session.agencyId, id)),
        written_at: ctx.now,
        written_by: actor.userId,
      })
      .execute();
    const author = await trx.selectFrom('app_user').select('display_name').where('id', '=', actor.userId).executeTakeFirst();
    const names = await findParticipantNames(trx, participantId ? [participantId] : []);
    await recordAudit(ctx, trx, { type: 'session_note.written', details: { sessionId: session.id, noteId: id } });
    return {
      noteId: id,
      sessionId: session.id,
      participantId,
      participantName: participantId ? (names.get(participantId) ?? null) : null,
      text: input.text,
      writtenAt: ctx.now.toISOString(),
      writtenByName: author?.display_name ?? null,
    };
  });
}
