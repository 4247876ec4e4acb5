import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addPreference,
  getPartner,
  PartnerFile,
  PartnerReceipt,
  PartnerSearchResult,
  PassPartnerInput,
  passPartnerDetails,
  PreferenceInput,
  RecordConsentInput,
  recordConsent,
  RetirePreferenceInput,
  retirePreference,
  SearchPartnersQuery,
  searchPartners,
  UpdatePartnerInput,
  UpdatePreferenceInput,
  updatePartner,
  updatePreference,
} from '../../core/partners/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['partners'];
const partnerParams = z.object({ partnerId: z.uuid() });
const preferenceParams = z.object({ partnerId: z.uuid(), preferenceId: z.uuid() });

/**
 * The partner compartment's routes: the drop box (participant side, write-only) and the partner
 * file (partner-contact team only; anyone else gets 404 for every one of them).
 */
export function registerPartnerRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/partners', { config: access.permission('partner.create'), schema: { tags, summary: 'Pass partner details to the partner-contact team (write-only)', body: PassPartnerInput, response: { 201: PartnerReceipt } } }, async (request, reply) =>
    reply.status(201).send(await passPartnerDetails(staffContext(request, deps), request.body)),
  );
  typed.get('/partners', { config: access.permission('partner.read'), schema: { tags, summary: 'Find partners by name, ignoring case and accents (newest first, at most 50)', querystring: SearchPartnersQuery, response: { 200: PartnerSearchResult } } }, async (request) =>
    searchPartners(staffContext(request, deps), request.query),
  );
  typed.get('/partners/:partnerId', { config: access.permission('partner.read'), schema: { tags, summary: "A partner's file: details, children, contact preferences, consent (partner-contact team only)", params: partnerParams, response: { 200: PartnerFile } } }, async (request) =>
    getPartner(staffContext(request, deps), request.params.partnerId),
  );
  typed.put('/partners/:partnerId', { config: access.permission('partner.write'), schema: { tags, summary: "Save a partner's details and children's ages against the version read", params: partnerParams, body: UpdatePartnerInput, response: { 200: PartnerFile } } }, async (request) =>
    updatePartner(staffContext(request, deps), request.params.partnerId, request.body),
  );
  typed.post('/partners/:partnerId/preferences', { config: access.permission('partner.write'), schema: { tags, summary: 'Add a way to reach the partner (phone, text, email, mail) and whether it is safe', params: partnerParams, body: PreferenceInput, response: { 201: PartnerFile } } }, async (request, reply) =>
    reply.status(201).send(await addPreference(staffContext(request, deps), request.params.partnerId, request.body)),
  );
  typed.put('/partners/:partnerId/preferences/:preferenceId', { config: access.permission('partner.write'), schema: { tags, summary: 'Save a contact preference against the version read', params: preferenceParams, body: UpdatePreferenceInput, response: { 200: PartnerFile } } }, async (request) =>
    updatePreference(staffContext(request, deps), request.params.partnerId, request.params.preferenceId, request.body),
  );
  typed.post('/partners/:partnerId/preferences/:preferenceId/retire', { config: access.permission('partner.write'), schema: { tags, summary: 'Stop using a contact preference (kept in the file; the channel gate never opens it again)', params: preferenceParams, body: RetirePreferenceInput, response: { 200: PartnerFile } } }, async (request) =>
    retirePreference(staffContext(request, deps), request.params.partnerId, request.params.preferenceId, request.body),
  );
  typed.post('/partners/:partnerId/consents', { config: access.permission('partner.write'), schema: { tags, summary: 'Record what the partner said about being contacted (the latest decision decides)', params: partnerParams, body: RecordConsentInput, response: { 201: PartnerFile } } }, async (request, reply) =>
    reply.status(201).send(await recordConsent(staffContext(request, deps), request.params.partnerId, request.body)),
  );
}
