import type { ScopedDatabase } from '../../db/scoped-database.js';
import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { findSettings } from '../agencies/settings.queries.js';
import { findGrantInForce } from '../audit-access/audit-access.queries.js';
import type { AgencySettings } from '../agencies/agencies.schema.js';
import { AppError } from '../shared/app-error.js';
import type { SessionStage } from './auth.schema.js';
import { hashToken, parseCookieValue } from './session-token.js';

export interface ResolvedSession {
  actor: Extract<Actor, { kind: 'staff' }>;
  stage: SessionStage;
  csrfToken: string;
  expiresAt: Date;
  settings: AgencySettings;
  user: { email: string; displayName: string; preferredLocale: 'en-CA' | 'fr-CA'; hasSecondFactor: boolean };
}

/** Seen-at is written at most once a minute, so reads do not turn into writes on every request. */
const touchAfterMs = 60_000;

/**
 * The session a cookie names, checked against the idle timeout, the absolute lifetime and the
 * account's status; roles (and an auditor's grant) are read fresh on every request so a revoked
 * role or an ended grant stops at once.
 * An expired session is ended (and the caller audits nothing: it is the clock, not a person).
 */
export async function resolveSession(
  cookie: string | undefined,
  now: Date,
  scopeTo: (agencyId: string) => ScopedDatabase,
): Promise<ResolvedSession | undefined> {
  const parsed = parseCookieValue(cookie);
  if (!parsed) return undefined;
  const result = await scopeTo(parsed.agencyId).transaction(async (trx) => {
    const row = await trx
      .selectFrom('staff_session as s')
      .innerJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.user_id'))
      .leftJoin('mfa_secret as m', (join) => join.onRef('m.agency_id', '=', 's.agency_id').onRef('m.user_id', '=', 's.user_id'))
      .select(['s.id', 's.user_id', 's.stage', 's.csrf_token', 's.last_seen_at', 's.expires_at', 'u.status', 'u.email', 'u.display_name', 'u.preferred_locale', 'm.confirmed_at'])
      .where('s.token_hash', '=', hashToken(parsed.token))
      .where('s.ended_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const settings = await findSettings(trx);
    const idleLimit = row.last_seen_at.getTime() + settings.sessionIdleMinutes * 60_000;
    const reason = row.status !== 'active' ? 'disabled' : now.getTime() >= row.expires_at.getTime() ? 'expired' : now.getTime() >= idleLimit ? 'idle' : undefined;
    if (reason) {
      await trx.updateTable('staff_session').set({ ended_at: now, end_reason: reason }).where('id', '=', row.id).execute();
      return 'expired' as const;
    }
    if (now.getTime() - row.last_seen_at.getTime() >= touchAfterMs) {
      await trx.updateTable('staff_session').set({ last_seen_at: now }).where('id', '=', row.id).execute();
    }
    const roles = (await trx.selectFrom('role_grant').select('role').where('user_id', '=', row.user_id).orderBy('role').execute()).map((r) => r.role as Role);
    // An auditor's access is the manager's grant in force now, read as fresh as the roles.
    const grant = roles.includes('auditor') ? await findGrantInForce(trx, row.user_id, now) : undefined;
    return {
      actor: { kind: 'staff', userId: row.user_id, agencyId: parsed.agencyId, roles, sessionId: row.id, ...(grant ? { auditAccess: { grantId: grant.id, endsAt: grant.endsAt } } : {}) },
      stage: row.stage,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      settings,
      user: { email: row.email, displayName: row.display_name, preferredLocale: row.preferred_locale, hasSecondFactor: row.confirmed_at !== null },
    } satisfies ResolvedSession;
  });
  if (result === 'expired') throw new AppError('unauthenticated', 'auth.session_expired', {});
  return result;
}
