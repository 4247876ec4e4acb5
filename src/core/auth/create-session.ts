import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AgencySettings } from '../agencies/agencies.schema.js';
import type { SessionStage } from './auth.schema.js';
import { hashToken, newToken } from './session-token.js';

export interface NewSession {
  id: string;
  token: string;
  stage: SessionStage;
  expiresAt: Date;
}

/** Client details kept with a session, trimmed (they are for the user's own session list). */
export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/**
 * Starts a server-side session with a fresh token (a new id at every sign-in, so a planted
 * session id is useless). A session waiting for its code lives 10 minutes; one setting up an
 * authenticator app, 30.
 */
export async function createSession(
  db: Kysely<DB>,
  input: { agencyId: string; userId: string; stage: SessionStage; now: Date; settings: AgencySettings; client: ClientInfo },
): Promise<NewSession> {
  const token = newToken();
  const lifetimeMs = { active: input.settings.sessionAbsoluteHours * 3_600_000, second_factor: 10 * 60_000, enrol_second_factor: 30 * 60_000 }[input.stage];
  const expiresAt = new Date(input.now.getTime() + lifetimeMs);
  const { id } = await db
    .insertInto('staff_session')
    .values({
      agency_id: input.agencyId,
      token_hash: hashToken(token),
      user_id: input.userId,
      stage: input.stage,
      csrf_token: randomBytes(24).toString('base64url'),
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: expiresAt,
      client_ip: input.client.ip?.slice(0, 64) ?? null,
      user_agent: input.client.userAgent?.slice(0, 200) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, token, stage: input.stage, expiresAt };
}

/**
 * Moves a session to a new stage under a new token (after the second factor): the old token
 * stops working, and an active session gets the agency's full lifetime from now.
 */
export async function promoteSession(
  db: Kysely<DB>,
  input: { sessionId: string; stage: SessionStage; now: Date; settings: AgencySettings },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + input.settings.sessionAbsoluteHours * 3_600_000);
  await db
    .updateTable('staff_session')
    .set({ token_hash: hashToken(token), stage: input.stage, last_seen_at: input.now, expires_at: expiresAt, csrf_token: randomBytes(24).toString('base64url') })
    .where('id', '=', input.sessionId)
    .execute();
  return { token, expiresAt };
}
