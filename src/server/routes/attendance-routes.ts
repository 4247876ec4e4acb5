import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.js';

/** Attendance routes (issue 5). */
export function registerAttendanceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  void app;
  void deps;
}
