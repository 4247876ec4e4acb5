import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type Actor, type Clock, type Ctx, type Locale, negotiateLocale } from '../core/shared/index.js';
import type { DB } from '../db/schema.js';
import { type ScopedDatabase, systemScope } from '../db/scoped-database.js';

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

/** Builds a use case's `ctx` from a request. Staff actors (issue 3) will get an agency-scoped db. */
export function contextFor(
  request: FastifyRequest,
  deps: { kysely: Kysely<DB>; clock: Clock },
  actor: Actor,
  db: ScopedDatabase = systemScope(deps.kysely),
): Ctx {
  return { actor, db, now: deps.clock.now(), locale: request.locale, requestId: request.id };
}
