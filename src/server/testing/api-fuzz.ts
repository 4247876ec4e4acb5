import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onServer, openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { DeclaredRoute } from '../enforce-access.js';
import { callerFor } from './fuzz-sessions.js';
import { type FuzzRequest, requestArbitrary } from './fuzz-requests.js';
import { leaksIn } from './response-leaks.js';
import { givenSecurityWorld, type SecurityWorld } from './security-world.js';
import { buildTestServer } from './test-server.js';

/*
 * The API fuzz (security/api-fuzz-*.test.ts): every /api/v1 route with a params, querystring or
 * body schema gets requests drawn from its own zod schemas (valid-shaped, mutated, garbage),
 * sent by a caller that gets past access control. No answer may be a 5xx, show a stack trace, a
 * source path or SQL, or carry a partner canary to someone outside the partner-contact team.
 * Deterministic: PARS_FUZZ_SEED and PARS_FUZZ_RUNS (per route) change the draw for exploration;
 * the PostgreSQL pass draws other cases than the PGlite one, so CI's two passes add up: 500 per
 * route in each, 1,000 different requests per route in every CI run (each request costs ~7 ms of
 * CPU, mostly the session's own transaction: 1,000 per pass would double CI's time).
 */
const seed = Number(process.env.PARS_FUZZ_SEED ?? (onServer ? 20_261_122 : 20_261_121));
const numRuns = Number(process.env.PARS_FUZZ_RUNS ?? 500);
const only = process.env.PARS_FUZZ_ONLY;
/** Lists the requests that only the database refused (a validator could say which field is wrong). */
const report = Boolean(process.env.PARS_FUZZ_REPORT);
const refusals = new Map<string, string>();

let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;
let now: Date;
let routes: DeclaredRoute[];
let logLines: () => string[];

/** Answers by status, to show how far the drawn requests got (2xx: through the use case). */
async function fuzz(route: DeclaredRoute, routeSeed: number): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  const caller = callerFor(route, world, database.kysely, now);
  const canaries = caller.seesPartnerData ? [] : world.canaries;
  const property = fc.asyncProperty(requestArbitrary(route, world.params), async (request: FuzzRequest) => {
    const headers = { ...(await caller.headers()), ...(request.contentType === undefined ? {} : { 'content-type': request.contentType }) };
    const response = await app.inject({ method: request.method as 'POST', url: request.url, headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    if (response.statusCode === 401) caller.renew();
    if (report && /request\.(value_not_storable|unknown_reference)/.test(response.body)) noteRefusal(route, request, response.headers['x-request-id']);
    const problems = [...(response.statusCode >= 500 ? [`status ${response.statusCode}`] : []), ...leaksIn(response, canaries, `${request.url} ${request.payload ?? ''}`)];
    if (problems.length > 0) throw new Error(`${problems.join('; ')} — answer: ${response.body.slice(0, 300)}${causeInLog(response.headers['x-request-id'])}`);
  });
  await fc.assert(property, { numRuns, seed: routeSeed, includeErrorInReport: true });
  return statuses;
}

/** A seed per route from the run's seed and the route itself, so adding a route changes no other route's draw. */
function seedFor(route: DeclaredRoute): number {
  let hash = seed;
  for (const char of `${route.method} ${route.url}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** The cause the server logged for a request (a 5xx's database error), to say what to fix. */
function causeInLog(requestId: unknown): string {
  const line = logLines().findLast((one) => one.includes(String(requestId)) && one.includes('"err"'));
  if (!line) return '';
  const err = (JSON.parse(line) as { err?: { message?: string; stack?: string } }).err;
  return ` — logged cause: ${err?.message ?? ''} ${err?.stack?.split('\n').slice(1, 4).join(' ') ?? ''}`;
}

function noteRefusal(route: DeclaredRoute, request: FuzzRequest, requestId: unknown): void {
  const line = logLines().findLast((one) => one.includes(String(requestId)) && one.includes('database refused'));
  const { sqlState, table, constraint } = line ? (JSON.parse(line) as Record<string, string>) : {};
  const key = `${route.method} ${route.url} ${sqlState} ${table ?? ''} ${constraint ?? ''}`;
  if (!refusals.has(key)) refusals.set(key, fc.stringify(request));
}

/**
 * Fuzzes the routes `pick` chooses, in a world of their own (the reads and the writes are two
 * files, so CI's two workers share the load; reads then see the world as built, not one that
 * thousands of writes have grown).
 */
export function describeApiFuzz(title: string, pick: (route: DeclaredRoute) => boolean, atLeast: number): void {
  describe(title, () => {
    beforeAll(async () => {
      database = await openTestDatabase();
      const built = await buildTestServer(database, { signInRateLimit: 1_000_000, logLevel: 'warn' });
      app = built.app;
      logLines = built.logLines;
      now = built.clock.now();
      world = await givenSecurityWorld(database.kysely, built.keyring, now);
      routes = app.declaredRoutes.filter((route) => {
        if (route.method === 'HEAD' || !route.url.startsWith('/api/v1/')) return false;
        const schema = (route.schema ?? {}) as Record<string, unknown>;
        return Boolean(schema.params || schema.querystring || schema.body) && pick(route) && (!only || `${route.method} ${route.url}` === only);
      });
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it('covers the routes that take input', () => {
      expect(routes.length).toBeGreaterThanOrEqual(only ? 0 : atLeast);
    });

    it(`answers ${numRuns} drawn requests per route without a 5xx or a leak (seed ${seed})`, async () => {
      const failures: string[] = [];
      for (const route of routes) {
        const started = performance.now();
        const name = `${route.method} ${route.url} (caller ${callerFor(route, world, database.kysely, now).label}; again: PARS_FUZZ_SEED=${seed} PARS_FUZZ_ONLY='${route.method} ${route.url}')`;
        try {
          const statuses = await fuzz(route, seedFor(route));
          // A caller stopped at the door tests nothing: at least some requests must get past access control.
          if ([...statuses].every(([status]) => status === 401 || status === 403)) failures.push(`${name}: every answer was ${[...statuses.keys()].join(', ')}`);
          if (process.env.PARS_FUZZ_TIMINGS) console.log(`${Math.round(performance.now() - started)} ms ${route.method} ${route.url} ${JSON.stringify(Object.fromEntries(statuses))}`);
        } catch (error) {
          failures.push(`${name}: ${(error as Error).message}`);
        }
      }
      if (report) console.log([...refusals].map(([key, request]) => `${key}\n  ${request}`).join('\n'));
      expect(failures, failures.join('\n\n')).toEqual([]);
    }, 1_800_000);
  });
}
