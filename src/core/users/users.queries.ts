import { type Kysely, type Updateable, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import type { AppUserTable } from './users.tables.js';
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

/**
 * Changes an account only if nobody changed it since `version` was read (and bumps the
 * version): otherwise a stale edit is refused (409), or the account does not exist here (404).
 */
export async function updateUserVersioned(
  db: Kysely<DB>,
  userId: string,
  version: number,
  values: Omit<Updateable<AppUserTable>, 'version'> & { updated_at: Date },
): Promise<void> {
  const updated = await db
    .updateTable('app_user')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  const exists = await findUserSummary(db, userId);
  throw exists ? new AppError('conflict', 'users.stale_version', {}) : new AppError('not_found', 'users.not_found', {});
}
