import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { LockoutState } from './lockout.rules.js';

/** The account a sign-in names, with what deciding the attempt needs. */
export async function findAccountByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('mfa_secret as m', (join) => join.onRef('m.agency_id', '=', 'u.agency_id').onRef('m.user_id', '=', 'u.id'))
    .select(['u.id', 'u.password_hash', 'u.status', 'u.failed_sign_ins', 'u.lockout_level', 'u.locked_until', 'm.confirmed_at as mfa_confirmed_at'])
    .where('u.email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** Saves an account's lockout counters. */
export async function saveLockout(db: Kysely<DB>, userId: string, state: LockoutState): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_sign_ins: state.failedSignIns, lockout_level: state.lockoutLevel, locked_until: state.lockedUntil })
    .where('id', '=', userId)
    .execute();
}

/** Reads an account's lockout counters, locking the row so concurrent failures add up. */
export async function lockoutStateForUpdate(db: Kysely<DB>, userId: string): Promise<LockoutState> {
  const row = await db
    .selectFrom('app_user')
    .select(['failed_sign_ins', 'lockout_level', 'locked_until'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { failedSignIns: row.failed_sign_ins, lockoutLevel: row.lockout_level, lockedUntil: row.locked_until };
}
