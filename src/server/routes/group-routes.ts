import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.js';

/** Group routes (issue 5). */
export function registerGroupRoutes(app: FastifyInstance, deps: RouteDeps): void {
  void app;
  void deps;
}
