import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../core/access/index.js';
import { toCookieValue } from '../../core/auth/index.js';
import { hashToken, newToken } from '../../core/auth/session-token.js';
import type { DB } from '../../db/schema.js';
import { sessionCookieName } from '../session-cookie.js';

/** A signed-in staff member, made directly in the database (no password hashing, no rate limit). */
export interface StaffSession {
  userId: string;
  agencyId: string;
  roles: Role[];
  /** Headers for `app.inject`: the session cookie and the CSRF token. */
  headers: Record<string, string>;
}

/** A staff account with these roles and an active session that started at `now`. */
export async function givenStaffSession(db: Kysely<DB>, agencyId: string, roles: Role[], now: Date): Promise<StaffSession> {
  const userId = randomUUID();
  await db
    .insertInto('app_user')
    .values({ agency_id: agencyId, id: userId, email: `${userId}@staff.example.org`, display_name: `Staff ${roles.join('+') || 'none'}`, password_hash: 'not-a-hash' })
    .execute();
  if (roles.length > 0) await db.insertInto('role_grant').values(roles.map((role) => ({ agency_id: agencyId, user_id: userId, role }))).execute();
  const token = newToken();
  const csrf = randomBytes(24).toString('base64url');
  await db
    .insertInto('staff_session')
    .values({
      agency_id: agencyId,
      token_hash: hashToken(token),
      user_id: userId,
      stage: 'active',
      csrf_token: csrf,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + 12 * 3_600_000),
    })
    .execute();
  return { userId, agencyId, roles, headers: { cookie: `${sessionCookieName}=${toCookieValue(agencyId, token)}`, 'x-csrf-token': csrf } };
}
