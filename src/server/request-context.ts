import type { FastifyRequest } from 'fastify';
import { compartmentsFor } from '../core/access/index.js';
import { AppError, type Actor, type Ctx, type Locale, negotiateLocale } from '../core/shared/index.js';
import { scopeToAgency, systemScope } from '../db/scoped-database.js';
import type { RouteDeps } from './route-deps.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
}

/** The language of a request: `?lang=fr|en` wins, then Accept-Language, then English. */
export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const explicit = typeof query?.lang === 'string' ? query.lang : undefined;
  return negotiateLocale(explicit, request.headers['accept-language']);
}

/** A `ctx` for operator-level work done on a request's behalf (status, readiness, sign-in lookup). */
export function systemContext(request: FastifyRequest, deps: RouteDeps, reason: string): Ctx {
  return contextFor(request, deps, { kind: 'system', reason }, systemScope(deps.kysely));
}

/**
 * The `ctx` of a signed-in staff member: the database scoped to their agency and to the
 * compartments their roles open, so row-level security applies to everything the use case reads.
 */
export function staffContext(request: FastifyRequest, deps: RouteDeps): Ctx {
  const session = request.session;
  if (!session) throw new AppError('unauthenticated', 'auth.sign_in_required', {});
  const actor = session.actor;
  const db = scopeToAgency(deps.kysely, actor.agencyId, { compartments: compartmentsFor(actor.roles, actor.auditAccess) });
  return contextFor(request, deps, actor, db);
}

function contextFor(request: FastifyRequest, deps: RouteDeps, actor: Actor, db: Ctx['db']): Ctx {
  return { actor, db, keyring: deps.keyring, now: deps.clock.now(), locale: request.locale, requestId: request.id };
}
