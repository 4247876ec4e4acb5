import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../access/actor.js';
import type { Role } from '../access/roles.js';
import { settingColumns, settingsFrom } from '../agencies/settings.queries.js';
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
 *
 * One statement on the owner connection, outside any transaction (ADR 014): the key is the
 * token's hash, a 256-bit secret only the cookie's holder knows, and every table is joined on
 * the cookie's agency. It reads the session, its account, the roles, the agency's settings and
 * time zone, and an auditor's grant in force: no partner, participant or other record.
 */
export async function resolveSession(cookie: string | undefined, now: Date, owner: Kysely<DB>): Promise<ResolvedSession | undefined> {
  const parsed = parseCookieValue(cookie);
  if (!parsed) return undefined;
  const row = await owner
    .selectFrom('staff_session as s')
    .innerJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.user_id'))
    .innerJoin('agency as a', 'a.id', 's.agency_id')
    .leftJoin('mfa_secret as m', (join) => join.onRef('m.agency_id', '=', 's.agency_id').onRef('m.user_id', '=', 's.user_id'))
    .leftJoin('agency_setting as st', 'st.agency_id', 's.agency_id')
    .select(['s.id', 's.user_id', 's.stage', 's.csrf_token', 's.last_seen_at', 's.expires_at', 'u.status', 'u.email', 'u.display_name', 'u.preferred_locale', 'm.confirmed_at', 'a.time_zone'])
    .select(settingColumns.map((column) => `st.${column}` as const))
    .select(() => [
      sql<Role[]>`coalesce((select json_agg(r.role order by r.role) from role_grant r where r.agency_id = s.agency_id and r.user_id = s.user_id), '[]'::json)`.as('roles'),
      sql<unknown>`(select json_build_object('id', g.id, 'endsAt', g.ends_at) from audit_grant g
        where g.agency_id = s.agency_id and g.auditor_user_id = s.user_id and g.ended_at is null and g.starts_at <= ${now} and g.ends_at > ${now}
        order by g.ends_at desc, g.id limit 1)`.as('grant'),
    ])
    .where('s.agency_id', '=', parsed.agencyId)
    .where('s.token_hash', '=', hashToken(parsed.token))
    .where('s.ended_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const settings = settingsFrom(row, row.time_zone);
  const idleLimit = row.last_seen_at.getTime() + settings.sessionIdleMinutes * 60_000;
  const reason = row.status !== 'active' ? 'disabled' : now.getTime() >= row.expires_at.getTime() ? 'expired' : now.getTime() >= idleLimit ? 'idle' : undefined;
  const session = owner.updateTable('staff_session').where('agency_id', '=', parsed.agencyId).where('id', '=', row.id);
  if (reason) {
    await session.set({ ended_at: now, end_reason: reason }).where('ended_at', 'is', null).execute();
    throw new AppError('unauthenticated', 'auth.session_expired', {});
  }
  if (now.getTime() - row.last_seen_at.getTime() >= touchAfterMs) await session.set({ last_seen_at: now }).execute();
  const roles = row.roles;
  // An auditor's access is the manager's grant in force now, read as fresh as the roles.
  const grant = roles.includes('auditor') ? (row.grant as { id: string; endsAt: string } | null) : null;
  return {
    actor: { kind: 'staff', userId: row.user_id, agencyId: parsed.agencyId, roles, sessionId: row.id, ...(grant ? { auditAccess: { grantId: grant.id, endsAt: new Date(grant.endsAt) } } : {}) },
    stage: row.stage,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    settings,
    user: { email: row.email, displayName: row.display_name, preferredLocale: row.preferred_locale, hasSecondFactor: row.confirmed_at !== null },
  };
}
