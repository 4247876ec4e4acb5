import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { FindRecordViewsInput, findRecordViews, RecordViews } from '../../core/audit/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

/** "Who viewed this record", for managers, auditors and the partner-contact lead. */
export function registerAuditRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/audit/record-views',
    {
      config: access.permission('audit.read_views'),
      schema: { tags: ['audit'], summary: 'Who viewed a record, newest first', querystring: FindRecordViewsInput, response: { 200: RecordViews } },
    },
    async (request) => findRecordViews(staffContext(request, deps), request.query),
  );
}
