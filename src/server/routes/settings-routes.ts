import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AgencySettings, getAgencySettings, listSites, Site, UpdateSettingsInput, updateAgencySettings } from '../../core/agencies/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['settings'];

/** The agency's settings (second factor, session limits), for its admin. */
export function registerSettingsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/sites', { config: access.permission('agency.read'), schema: { tags, summary: "The agency's sites and their time zones", response: { 200: z.array(Site) } } }, async (request) =>
    listSites(staffContext(request, deps)),
  );
  typed.get('/settings', { config: access.permission('setting.manage'), schema: { tags, summary: 'Agency settings', response: { 200: AgencySettings } } }, async (request) =>
    getAgencySettings(staffContext(request, deps)),
  );
  typed.put('/settings', { config: access.permission('setting.manage'), schema: { tags, summary: 'Change agency settings', body: UpdateSettingsInput, response: { 200: AgencySettings } } }, async (request) =>
    updateAgencySettings(staffContext(request, deps), request.body),
  );
}
