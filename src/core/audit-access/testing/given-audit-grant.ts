import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * A grant made directly in the database (as the owner): the auditor's access from a day before
 * `now` to `days` after it (in force at `now` unless told otherwise), sampling `participantIds`.
 */
export async function givenAuditGrant(
  db: Kysely<DB>,
  agencyId: string,
  auditorUserId: string,
  participantIds: readonly string[],
  now: Date,
  options: { startsAt?: Date; endsAt?: Date; grantedBy?: string } = {},
): Promise<{ grantId: string }> {
  const grantId = randomUUID();
  const startsAt = options.startsAt ?? new Date(now.getTime() - 86_400_000);
  const endsAt = options.endsAt ?? new Date(now.getTime() + 14 * 86_400_000);
  const grantedBy = options.grantedBy ?? auditorUserId;
  await db
    .insertInto('audit_grant')
    .values({
      agency_id: agencyId,
      id: grantId,
      auditor_user_id: auditorUserId,
      purpose: 'Annual compliance audit',
      starts_on: startsAt.toISOString().slice(0, 10),
      ends_on: new Date(endsAt.getTime() - 1).toISOString().slice(0, 10),
      starts_at: startsAt,
      ends_at: endsAt,
      granted_by: grantedBy,
      granted_at: startsAt,
      ended_at: null,
      ended_by: null,
      idempotency_key: `given-${grantId}`,
    })
    .execute();
  if (participantIds.length > 0) {
    await db.insertInto('audit_grant_file').values(participantIds.map((participantId) => ({ agency_id: agencyId, grant_id: grantId, participant_id: participantId }))).execute();
  }
  return { grantId };
}
