import type { FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import type { Kysely } from 'kysely';
import { assertCan, can, compartmentsFor } from '../core/access/index.js';
import { recordAudit } from '../core/audit/index.js';
import { type ResolvedSession, resolveSession, sameSecret } from '../core/auth/index.js';
import type { Keyring } from '../core/crypto/keyring.js';
import { AppError, type Clock, type Ctx } from '../core/shared/index.js';
import type { DB } from '../db/schema.js';
import { scopeToAgency } from '../db/scoped-database.js';
import type { RouteAccess } from './route-access.js';
import { sessionCookieName } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | undefined;
  }
  interface FastifyInstance {
    /** Every route with its access rule, as registered: what the security suites enumerate. */
    declaredRoutes: DeclaredRoute[];
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's schemas as declared (zod for params, querystring, body): what the API fuzz generates from. */
  schema: FastifySchema | undefined;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes registered by trusted plugins (API viewer, static files) carry no access rule of ours.
const pluginRoutes = [/^\/api\/docs(\/|$)/, /^\/\*$/];

/**
 * Deny by default, in one place: every route must declare its access rule when registered, and
 * every request is checked against it before its body is even read — session, stage, CSRF token
 * for state changes, and permission. Denied attempts by signed-in staff are audited.
 */
export function enforceAccess(app: FastifyInstance, deps: { kysely: Kysely<DB>; clock: Clock; keyring: Keyring }): void {
  app.decorateRequest('session', undefined);
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (route) => {
    const rule = route.config?.access;
    if (rule) {
      for (const method of [route.method].flat()) declared.push({ method: String(method), url: route.url, access: rule, schema: route.schema });
      return;
    }
    if (pluginRoutes.some((pattern) => pattern.test(route.url))) return;
    throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
  });

  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config?.access;
    if (unsafeMethods.has(request.method)) checkOrigin(request);
    if (!rule || 'public' in rule) return;
    const session = await resolveSession(request.cookies[sessionCookieName], deps.clock.now(), deps.kysely);
    if (!session) throw new AppError('unauthenticated', 'auth.sign_in_required', {});
    request.session = session;
    if (unsafeMethods.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) throw new AppError('forbidden', 'auth.csrf_invalid', {});
    }
    checkStage(rule, session);
    if ('permission' in rule && !can(session.actor, rule.permission)) {
      // Declared routes always have a template; the raw URL (ids, query) never enters the log.
      const route = request.routeOptions.url;
      if (route) await auditDenied(request, deps, session, rule.permission, route);
      assertCan(session.actor, rule.permission);
    }
  });
}

function checkStage(rule: Exclude<NonNullable<FastifyRequest['routeOptions']['config']['access']>, { public: true }>, session: ResolvedSession): void {
  const stage = session.stage;
  const needed = 'permission' in rule ? 'active' : rule.session;
  if (needed === 'any') return;
  if (needed === 'second_factor' && stage === 'second_factor') return;
  if (needed === 'enrol' && (stage === 'enrol_second_factor' || stage === 'active')) return;
  if (needed === 'active' && stage === 'active') return;
  if (stage === 'second_factor') throw new AppError('unauthenticated', 'auth.second_factor_required', {});
  if (stage === 'enrol_second_factor') throw new AppError('unauthenticated', 'auth.enrolment_required', {});
  throw new AppError('conflict', 'auth.already_signed_in', {});
}

/** A state change from another site's page is refused even before the CSRF token is checked. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'auth.csrf_invalid', {});
  }
  if (host !== request.host) throw new AppError('forbidden', 'auth.csrf_invalid', {});
}

async function auditDenied(
  request: FastifyRequest,
  deps: { kysely: Kysely<DB>; clock: Clock; keyring: Keyring },
  session: ResolvedSession,
  permission: string,
  route: string,
): Promise<void> {
  const actor = session.actor;
  const ctx: Ctx = {
    actor,
    db: scopeToAgency(deps.kysely, actor.agencyId, { compartments: compartmentsFor(actor.roles, actor.auditAccess) }),
    keyring: deps.keyring,
    now: deps.clock.now(),
    locale: request.locale,
    requestId: request.id,
  };
  await ctx.db.transaction((trx) =>
    recordAudit(ctx, trx, { type: 'access.denied', details: { permission, method: request.method as 'GET', route } }),
  );
}
