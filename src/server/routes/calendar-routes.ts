import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.js';

/** Calendar routes (issue 5). */
export function registerCalendarRoutes(app: FastifyInstance, deps: RouteDeps): void {
  void app;
  void deps;
}
