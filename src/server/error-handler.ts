import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/shared/index.js';
import { refusedByDatabase, toAppError } from './to-app-error.js';
import { toProblem } from './problem.js';

/**
 * Every error leaves as problem JSON in the reader's language. Register it before any route:
 * plugins copy their parent's error handler when they are created. Unexpected errors are logged
 * with their cause and answered with the request id only: never a stack trace or SQL.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error, request.body);
    if (appError.kind === 'unexpected') {
      request.log.error({ err: error }, 'unexpected error');
    } else if (refusedByDatabase(error)) {
      // The SQLSTATE, table and constraint say which validator let the value through; never the value.
      const { code, table, constraint } = error as { code?: string; table?: string; constraint?: string };
      request.log.warn({ sqlState: code, table, constraint }, 'database refused a value');
    } else if (appError.kind === 'unavailable') {
      request.log.warn({ code: appError.code }, 'unavailable');
    }
    const problem = toProblem(appError, request.locale, request.id);
    void reply.status(problem.status).type('application/problem+json').send(problem);
  });

}

/**
 * Unknown routes: problem JSON 404, except client-side routes of the web app, answered with
 * its index.html.
 */
export function registerNotFoundHandler(
  app: FastifyInstance,
  options: { spaFallback?: ((request: FastifyRequest, reply: FastifyReply) => boolean) | undefined } = {},
): void {
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app (e.g. /participants/…) are answered with its index.html.
    if (options.spaFallback?.(request, reply)) return;
    const problem = toProblem(new AppError('not_found', 'request.route_not_found'), request.locale, request.id);
    void reply.status(problem.status).type('application/problem+json').send(problem);
  });
}
