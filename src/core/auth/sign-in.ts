import type { ScopedDatabase } from '../../db/scoped-database.js';
import { findSettings } from '../agencies/settings.queries.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { verifyPassword } from '../users/hash-password.js';
import type { SignInInput } from './auth.schema.js';
import { findAccountByEmail, lockoutStateForUpdate, saveLockout } from './auth.queries.js';
import { type ClientInfo, createSession, type NewSession } from './create-session.js';
import { afterFailure, afterSuccess, isLocked } from './lockout.rules.js';
import { resolveAgencyId } from './resolve-agency-id.js';

type Failure = 'wrong_password' | 'unknown_user' | 'locked' | 'disabled';

/**
 * Checks a password and opens a session (waiting for the second factor when the agency requires
 * one). Every failure — unknown agency or user, wrong password, paused or disabled account —
 * gets the same answer after the same work, so the answer reveals nothing about who has an
 * account. Failure counters are saved even though the attempt fails.
 */
export async function signIn(
  ctx: Ctx,
  input: SignInInput,
  deps: { scopeTo: (agencyId: string) => ScopedDatabase; presentedAgency?: string | undefined; client: ClientInfo },
): Promise<NewSession & { agencyId: string }> {
  const agencyId = await resolveAgencyId(ctx, input.agency ?? deps.presentedAgency);
  const db = agencyId ? deps.scopeTo(agencyId) : undefined;
  const account = db ? await db.transaction((trx) => findAccountByEmail(trx, input.email)) : undefined;
  const passwordOk = await verifyPassword(account?.password_hash, input.password);
  if (!agencyId || !db) throw new AppError('unauthenticated', 'auth.sign_in_failed', {});

  const outcome = await db.transaction(async (trx) => {
    const failed = (reason: Failure, userId?: string) =>
      recordAudit(ctx, trx, { type: 'auth.sign_in_failed', ...(userId ? { subject: { type: 'user', id: userId } } : {}), details: { reason } }, { agencyId });
    if (!account) {
      await failed('unknown_user');
      return undefined;
    }
    const state = await lockoutStateForUpdate(trx, account.id);
    const failure: Failure | undefined = isLocked(state, ctx.now)
      ? 'locked'
      : account.status !== 'active'
        ? 'disabled'
        : passwordOk
          ? undefined
          : 'wrong_password';
    if (failure) {
      await failed(failure, account.id);
      if (failure === 'wrong_password') {
        const next = afterFailure(state, ctx.now);
        await saveLockout(trx, account.id, next);
        if (next.lockedNow) {
          const details = { until: next.lockedUntil!.toISOString(), level: next.lockoutLevel };
          await recordAudit(ctx, trx, { type: 'auth.locked_out', subject: { type: 'user', id: account.id }, details }, { agencyId });
        }
      }
      return undefined;
    }
    await saveLockout(trx, account.id, afterSuccess());
    const settings = await findSettings(trx);
    const stage = !settings.mfaRequired ? 'active' : account.mfa_confirmed_at ? 'second_factor' : 'enrol_second_factor';
    const session = await createSession(trx, { agencyId, userId: account.id, stage, now: ctx.now, settings, client: deps.client });
    if (stage === 'active') {
      await recordAudit(ctx, trx, { type: 'auth.signed_in', subject: { type: 'user', id: account.id }, details: { method: 'password' } }, { agencyId });
    }
    return session;
  });
  if (!outcome) throw new AppError('unauthenticated', 'auth.sign_in_failed', {});
  return { ...outcome, agencyId };
}
