import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getSafetyPlan, getSafetyPlanPdf, getSafetyPlanVersion, SafetyPlan, SafetyPlanPdfQuery, SafetyPlanVersion, SaveSafetyPlanInput, saveSafetyPlan } from '../../core/safety-plans/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['safety plans'];
const PartnerParams = z.object({ partnerId: z.uuid() });

/**
 * A partner's safety plan (partner-contact team only; 404 for anyone else): the current version
 * and its history, a save against the version read, and the printable plan in the partner's
 * language (a no-store attachment named for no one).
 */
export function registerSafetyPlanRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/partners/:partnerId/safety-plan', { config: access.permission('partner.read'), schema: { tags, summary: "A partner's safety plan: the current version (or none) and every version (audited)", params: PartnerParams, response: { 200: SafetyPlan } } }, async (request) =>
    getSafetyPlan(staffContext(request, deps), request.params.partnerId),
  );
  typed.get('/partners/:partnerId/safety-plan/versions/:version', { config: access.permission('partner.read'), schema: { tags, summary: 'One saved version of the safety plan (audited)', params: PartnerParams.extend({ version: z.coerce.number().int().min(1) }), response: { 200: SafetyPlanVersion } } }, async (request) =>
    getSafetyPlanVersion(staffContext(request, deps), request.params.partnerId, request.params.version),
  );
  typed.put('/partners/:partnerId/safety-plan', { config: access.permission('partner.write'), schema: { tags, summary: 'Save a new version of the safety plan, or record that the partner does not want one, against the version read', params: PartnerParams, body: SaveSafetyPlanInput, response: { 200: SafetyPlan } } }, async (request) =>
    saveSafetyPlan(staffContext(request, deps), request.params.partnerId, request.body),
  );
  typed.get('/partners/:partnerId/safety-plan/pdf', { config: access.permission('partner.read'), schema: { tags, summary: "The safety plan (current or ?version=) as a tagged PDF in the partner's language, with crisis lines (audited)", params: PartnerParams, querystring: SafetyPlanPdfQuery, produces: ['application/pdf'] } }, async (request, reply) => {
    const file = await getSafetyPlanPdf(staffContext(request, deps), request.params.partnerId, request.query.version);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
}
