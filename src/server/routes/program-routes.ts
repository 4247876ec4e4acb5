import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.js';

/** Program routes (issue 5). */
export function registerProgramRoutes(app: FastifyInstance, deps: RouteDeps): void {
  void app;
  void deps;
}
