import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Compliance, ComplianceItems, ComplianceItemsParams, ComplianceQuery, getAgencyCompliance, getComplianceItems } from '../../core/compliance/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['compliance'];

/**
 * Live standards compliance (`statistics.read`: manager, partner-contact lead, an auditor with a
 * grant): each clock's figures for a period, and the items behind one clock. The clocks read
 * record spaces these roles do not all hold: the use cases open each alone through deps.kysely
 * and decide what of each item's subject the reader may see.
 */
export function registerComplianceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/compliance',
    { config: access.permission('statistics.read'), schema: { tags, summary: "Each clock's figures for a period (default: the current quarter), evaluated now", querystring: ComplianceQuery, response: { 200: Compliance } } },
    async (request) => getAgencyCompliance(staffContext(request, deps), deps.kysely, request.query),
  );

  typed.get(
    '/compliance/:clock',
    { config: access.permission('statistics.read'), schema: { tags, summary: 'The items behind one clock, overdue and late first; subjects as the reader may see them', params: ComplianceItemsParams, querystring: ComplianceQuery, response: { 200: ComplianceItems } } },
    async (request) => getComplianceItems(staffContext(request, deps), deps.kysely, request.params.clock, request.query),
  );
}
