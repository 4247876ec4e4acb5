import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPartnerRecordPdf } from '../../core/partner-record/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

/**
 * The partner's own record, on their request: one PDF in their language with everything held
 * about them (partner-contact team only; 404 for anyone else), audited as an export.
 */
export function registerPartnerRecordRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/partners/:partnerId/record/pdf', { config: access.permission('partner.read'), schema: { tags: ['partners'], summary: "Everything held about a partner, as one PDF in the partner's language (audited export)", params: z.object({ partnerId: z.uuid() }), produces: ['application/pdf'] } }, async (request, reply) => {
    const file = await getPartnerRecordPdf(staffContext(request, deps), request.params.partnerId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
}
