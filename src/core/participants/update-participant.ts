import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { checkParticipantDetails } from './check-participant-details.js';
import type { UpdateParticipantInput } from './participants.schema.js';

/** Column of each field, for the audit event (field names only: never the values). */
const columns = {
  givenName: 'given_name',
  familyName: 'family_name',
  preferredName: 'preferred_name',
  dateOfBirth: 'date_of_birth',
  gender: 'gender',
  groupGender: 'group_gender',
  pronouns: 'pronouns',
  language: 'language',
  languageOther: 'language_other',
  interpreterNeeded: 'interpreter_needed',
  indigenousIdentity: 'indigenous_identity',
  phone: 'phone',
  email: 'email',
  safeToLeaveMessages: 'safe_to_leave_messages',
  street: 'street',
  city: 'city',
  province: 'province',
  postalCode: 'postal_code',
  accessibilityNeeds: 'accessibility_needs',
} as const;

/**
 * Corrects a participant's record (intake learns the preferred name, a new phone, an
 * accessibility need). The form sends every field; a field left out is cleared. Checked like a
 * referral's new person, and against the version read: a second editor gets a conflict, never a
 * silent overwrite. The audit event names the fields that changed, never their values.
 */
export async function updateParticipant(ctx: Ctx, participantId: string, input: UpdateParticipantInput): Promise<{ version: number }> {
  assertCan(ctx.actor, 'participant.write');
  requireStaff(ctx.actor);
  const today = ctx.now.toISOString().slice(0, 10);
  const { issues, checked } = checkParticipantDetails(input, today, 'body');
  if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  const next = {
    given_name: input.givenName,
    family_name: input.familyName,
    preferred_name: input.preferredName ?? null,
    date_of_birth: input.dateOfBirth,
    gender: input.gender,
    group_gender: input.groupGender,
    pronouns: input.pronouns ?? null,
    language: input.language,
    language_other: input.language === 'other' ? (input.languageOther ?? null) : null,
    interpreter_needed: input.interpreterNeeded,
    indigenous_identity: input.indigenousIdentity,
    phone: checked.phone ?? null,
    email: input.email ?? null,
    safe_to_leave_messages: input.safeToLeaveMessages,
    street: input.address?.street ?? null,
    city: input.address?.city ?? null,
    province: input.address?.province ?? null,
    postal_code: checked.postalCode ?? null,
    accessibility_needs: input.accessibilityNeeds ?? null,
  };
  return ctx.db.transaction(async (trx) => {
    const current = await trx.selectFrom('participant').selectAll().where('id', '=', participantId).forUpdate().executeTakeFirst();
    if (!current) throw new AppError('not_found', 'participants.not_found', {});
    if (current.version !== input.version) throw new AppError('conflict', 'participants.stale_record', {});
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((field) => current[columns[field]] !== next[columns[field]]);
    if (changed.length === 0) return { version: current.version };
    const updated = await trx
      .updateTable('participant')
      .set((eb) => ({ ...next, updated_at: ctx.now, version: eb('version', '+', 1) }))
      .where('id', '=', participantId)
      .returning('version')
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'participant.updated', subject: { type: 'participant', id: participantId }, details: { fields: changed } });
    return { version: updated.version };
  });
}

/**
 * The participant's choice about email reminders before sessions (and after a missed one).
 * Needs an email address on file; the reminders carry no names and no partner information.
 */
export async function setReminders(ctx: Ctx, participantId: string, input: { optIn: boolean }): Promise<{ remindersOptIn: boolean }> {
  assertCan(ctx.actor, 'participant.write');
  requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const current = await trx.selectFrom('participant').select(['email', 'reminders_opt_in']).where('id', '=', participantId).forUpdate().executeTakeFirst();
    if (!current) throw new AppError('not_found', 'participants.not_found', {});
    if (input.optIn && !current.email) throw new AppError('rule_violation', 'participants.email_required', {});
    if (current.reminders_opt_in !== input.optIn) {
      await trx.updateTable('participant').set((eb) => ({ reminders_opt_in: input.optIn, updated_at: ctx.now, version: eb('version', '+', 1) })).where('id', '=', participantId).execute();
      await recordAudit(ctx, trx, { type: 'participant.updated', subject: { type: 'participant', id: participantId }, details: { fields: ['remindersOptIn'] } });
    }
    return { remindersOptIn: input.optIn };
  });
}
