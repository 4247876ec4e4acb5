import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkDatabase } from '../../core/system/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { systemContext } from '../request-context.js';

const Health = z.object({ status: z.enum(['ok', 'unavailable']) });

/** `/livez`: the process answers. `/readyz`: the database answers and is migrated. */
export function registerHealthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/livez', { config: access.public, schema: { hide: true, response: { 200: Health } } }, async () => ({ status: 'ok' as const }));
  typed.get('/readyz', { config: access.public, schema: { hide: true, response: { 200: Health, 503: Health } } }, async (request, reply) => {
    const ctx = systemContext(request, deps, 'readiness');
    const ok = await checkDatabase(ctx, { latestMigration: deps.latestMigration });
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable' });
  });
}
