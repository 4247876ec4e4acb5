import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ConfirmEnrolmentInput,
  completeSecondFactor,
  confirmEnrolment,
  EnrolmentStart,
  getSessionInfo,
  RecoveryCodes,
  SecondFactorInput,
  SessionInfo,
  SessionStage,
  SignInInput,
  SignInResult,
  signIn,
  signOut,
  startEnrolment,
  toCookieValue,
} from '../../core/auth/index.js';
import { ChangePasswordInput, changePassword } from '../../core/users/index.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext, systemContext } from '../request-context.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

const Empty = z.strictObject({});
const tags = ['sign-in'];

/** Signing in (password, second factor, enrolment), the session, signing out, own password. */
export function registerAuthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const limited = { rateLimit: { max: deps.config.signInRateLimit ?? 10, timeWindow: '1 minute' } };

  typed.post('/auth/sign-in', { config: { ...access.public, ...limited }, schema: { tags, summary: 'Sign in with email and password', body: SignInInput, response: { 200: SignInResult } } }, async (request, reply) => {
    const session = await signIn(systemContext(request, deps, 'sign-in'), request.body, {
      scopeTo: (agencyId) => scopeToAgency(deps.kysely, agencyId),
      presentedAgency: deps.config.agencySlug,
      client: { ip: request.ip, userAgent: request.headers['user-agent'] },
    });
    setSessionCookie(request, reply, toCookieValue(session.agencyId, session.token));
    return { stage: session.stage };
  });

  typed.post('/auth/second-factor', { config: { ...access.session('second_factor'), ...limited }, schema: { tags, summary: 'Finish signing in with an authenticator or recovery code', body: SecondFactorInput, response: { 200: SignInResult } } }, async (request, reply) => {
    const ctx = staffContext(request, deps);
    const promoted = await completeSecondFactor(ctx, request.body);
    setSessionCookie(request, reply, toCookieValue(request.session!.actor.agencyId, promoted.token));
    return { stage: 'active' as const };
  });

  typed.post('/auth/enrolment', { config: access.session('enrol'), schema: { tags, summary: 'Start enrolling an authenticator app', body: Empty, response: { 200: EnrolmentStart } } }, async (request) =>
    startEnrolment(staffContext(request, deps)),
  );

  typed.post('/auth/enrolment/confirm', { config: { ...access.session('enrol'), ...limited }, schema: { tags, summary: 'Confirm the authenticator with a first code; returns recovery codes once', body: ConfirmEnrolmentInput, response: { 200: RecoveryCodes.extend({ stage: SessionStage }) } } }, async (request, reply) => {
    const promote = request.session!.stage === 'enrol_second_factor';
    const result = await confirmEnrolment(staffContext(request, deps), request.body, { promote });
    if (result.session) setSessionCookie(request, reply, toCookieValue(request.session!.actor.agencyId, result.session.token));
    return { recoveryCodes: result.recoveryCodes, stage: 'active' as const };
  });

  typed.get('/auth/session', { config: access.session('any'), schema: { tags, summary: 'The signed-in staff member, roles and permissions', response: { 200: SessionInfo } } }, async (request) =>
    getSessionInfo(staffContext(request, deps), request.session!),
  );

  typed.post('/auth/sign-out', { config: access.session('any'), schema: { tags, summary: 'Sign out (ends the session)', body: Empty.optional() } }, async (request, reply) => {
    await signOut(staffContext(request, deps));
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  typed.post('/auth/password', { config: access.session('active'), schema: { tags, summary: 'Change your own password', body: ChangePasswordInput } }, async (request, reply) => {
    await changePassword(staffContext(request, deps), request.body);
    return reply.status(204).send();
  });
}
