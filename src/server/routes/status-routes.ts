import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getSystemStatus, SystemStatus } from '../../core/system/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { systemContext } from '../request-context.js';

/** `GET /api/v1/status`: what the home page shows before sign-in. */
export function registerStatusRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/status',
    {
      config: access.public,
      schema: {
        summary: 'Installation status',
        description: 'Version, database health and the agency this installation presents. No sign-in needed; no case data.',
        tags: ['system'],
        response: { 200: SystemStatus },
      },
    },
    async (request) => {
      // The pre-sign-in lookup of the presented agency is an operator-level read (docs/decisions/002).
      const ctx = systemContext(request, deps, 'public status');
      return getSystemStatus(ctx, {
        version: deps.config.version,
        dialect: deps.dialect,
        agencySlug: deps.config.agencySlug,
        latestMigration: deps.latestMigration,
      });
    },
  );
}
