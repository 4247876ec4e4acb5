import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPartner, PartnerFile, PartnerReceipt, PassPartnerInput, passPartnerDetails } from '../../core/partners/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['partners'];

/** The partner compartment's first routes: the drop box and the partner file. */
export function registerPartnerRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/partners', { config: access.permission('partner.create'), schema: { tags, summary: 'Pass partner details to the partner-contact team (write-only)', body: PassPartnerInput, response: { 201: PartnerReceipt } } }, async (request, reply) =>
    reply.status(201).send(await passPartnerDetails(staffContext(request, deps), request.body)),
  );
  typed.get('/partners/:partnerId', { config: access.permission('partner.read'), schema: { tags, summary: "A partner's file (partner-contact team only)", params: z.object({ partnerId: z.uuid() }), response: { 200: PartnerFile } } }, async (request) =>
    getPartner(staffContext(request, deps), request.params.partnerId),
  );
}
