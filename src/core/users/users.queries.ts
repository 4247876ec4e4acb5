import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../access/roles.js';
import type { UserSummary } from './users.schema.js';

/** Staff accounts of the current agency with their roles and second-factor state (RLS scopes the agency). */
export function selectUserSummaries(db: Kysely<DB>) {
  return db
    .selectFrom('app_user as u')
    .select((eb) => [
      'u.id',
      'u.email',
      'u.display_name',
      'u.preferred_locale',
      'u.status',
      'u.locked_until',
      'u.created_at',
      'u.version',
      sql<string[]>`coalesce((select array_agg(g.role order by g.role) from role_grant g
        where g.agency_id = u.agency_id and g.user_id = u.id), '{}')`.as('roles'),
      eb
        .exists(eb.selectFrom('mfa_secret as m').whereRef('m.agency_id', '=', 'u.agency_id').whereRef('m.user_id', '=', 'u.id').where('m.confirmed_at', 'is not', null))
        .as('has_second_factor'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectUserSummaries>['executeTakeFirstOrThrow']>>;

/** Maps a row of selectUserSummaries to the API shape. */
export function toUserSummary(row: SummaryRow): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    preferredLocale: row.preferred_locale,
    status: row.status,
    roles: row.roles as Role[],
    hasSecondFactor: Boolean(row.has_second_factor),
    lockedUntil: row.locked_until ? row.locked_until.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

/** One user's summary, if the user exists in the current agency. */
export async function findUserSummary(db: Kysely<DB>, userId: string): Promise<UserSummary | undefined> {
  const row = await selectUserSummaries(db).where('u.id', '=', userId).executeTakeFirst();
  return row ? toUserSummary(row) : undefined;
}

/** The roles a user holds. */
export async function findRoles(db: Kysely<DB>, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('role_grant').select('role').where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((row) => row.role as Role);
}

/** Ends every open session of a user (disable, second-factor reset), returning how many. */
export async function endUserSessions(
  db: Kysely<DB>,
  userId: string,
  now: Date,
  reason: 'disabled' | 'second_factor_reset',
): Promise<number> {
  const result = await db
    .updateTable('staff_session')
    .set({ ended_at: now, end_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
