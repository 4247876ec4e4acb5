import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { EndpointSpec } from './endpoints.js';
import { idsOf, type ReplayPlan } from './sql-capture.js';

/** Per endpoint, per key: the captured data statements and the ids the captured request named. */
export type ReplayPlans = Record<string, Record<string, { plan: ReplayPlan; requestIds: string[] }>>;

/**
 * The baseline: Fastify with no plugins, no session, no policy, no audit, no validation, one
 * `pg` pool; each handler runs the statements the use case ran for that request (captured from
 * the full stack in this process), in one transaction as the use case does, and answers their
 * rows as JSON. A read replays its key's statements; a write replays the captured request's with
 * this request's ids (`ReplayPlan`).
 */
export async function buildBareServer(pool: pg.Pool, specs: EndpointSpec[], plans: ReplayPlans): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  for (const spec of specs) {
    const byKey = plans[spec.name]!;
    const fallback = Object.values(byKey)[0]!;
    const route = spec.path(':key').replace(/^\//, '');
    app.route({
      method: spec.method,
      url: `/bare/${route}`,
      handler: async (request) => {
        const key = (request.params as { key?: string }).key ?? 'all';
        const entry = spec.kind === 'read' ? byKey[key] : fallback;
        if (!entry) throw new Error(`no captured statements for ${spec.name} ${key}`);
        const rename = new Map<string, string>();
        if (spec.kind === 'write') {
          const ids = idsOf([spec.path(key), request.body]);
          entry.requestIds.forEach((id, index) => {
            if (ids[index]) rename.set(id, ids[index]!);
          });
        }
        const client = await pool.connect();
        try {
          await client.query('begin');
          const results = await entry.plan.replay(client, rename, randomUUID);
          await client.query('commit');
          return results;
        } catch (error) {
          await client.query('rollback');
          throw error;
        } finally {
          client.release();
        }
      },
    });
  }
  return app;
}
