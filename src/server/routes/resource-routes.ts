import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateResourceInput, createResource, GiveResourceInput, giveResourceToParticipant, giveResourceToPartner, listParticipantResourceReferrals,
  listPartnerResourceReferrals, listResourceRevisions, readResource, Resource, ResourcePage, ResourceQuery, ResourceReferral, ResourceRevision,
  ResourceVersionInput, restoreResource, retireResource, searchResources, UpdateResourceInput, updateResource,
} from '../../core/resources/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['resources'];
const ResourceParams = z.object({ resourceId: z.uuid() });
const ParticipantParams = z.object({ participantId: z.uuid() });
const PartnerParams = z.object({ partnerId: z.uuid() });

/**
 * The community resource directory (every role reads it; managers and admins change it) and the
 * resources given to people: participants by intake, facilitators and managers; partners by the
 * partner-contact team only (for anyone else the partner route answers 404).
 */
export function registerResourceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/resources', { config: access.permission('resource.read'), schema: { tags, summary: 'Search the directory: filters, a text query forgiving typos and accents (en/fr), retired ones on request, a page and the total', querystring: ResourceQuery, response: { 200: ResourcePage } } }, async (request) =>
    searchResources(staffContext(request, deps), request.query),
  );
  typed.post('/resources', { config: access.permission('resource.manage'), schema: { tags, summary: 'Add a resource (numbers written any common way; stored as E.164 or short code)', body: CreateResourceInput, response: { 201: Resource } } }, async (request, reply) =>
    reply.status(201).send(await createResource(staffContext(request, deps), request.body)),
  );
  typed.get('/resources/:resourceId', { config: access.permission('resource.read'), schema: { tags, summary: 'One resource, retired or not', params: ResourceParams, response: { 200: Resource } } }, async (request) =>
    readResource(staffContext(request, deps), request.params.resourceId),
  );
  typed.put('/resources/:resourceId', { config: access.permission('resource.manage'), schema: { tags, summary: 'Save the whole resource (version-checked; the old one is kept as a revision)', params: ResourceParams, body: UpdateResourceInput, response: { 200: Resource } } }, async (request) =>
    updateResource(staffContext(request, deps), request.params.resourceId, request.body),
  );
  typed.post('/resources/:resourceId/retire', { config: access.permission('resource.manage'), schema: { tags, summary: 'Retire a resource: hidden from the default search, never deleted', params: ResourceParams, body: ResourceVersionInput, response: { 200: Resource } } }, async (request) =>
    retireResource(staffContext(request, deps), request.params.resourceId, request.body),
  );
  typed.post('/resources/:resourceId/restore', { config: access.permission('resource.manage'), schema: { tags, summary: 'Put a retired resource back in the directory', params: ResourceParams, body: ResourceVersionInput, response: { 200: Resource } } }, async (request) =>
    restoreResource(staffContext(request, deps), request.params.resourceId, request.body),
  );
  typed.get('/resources/:resourceId/revisions', { config: access.permission('resource.manage'), schema: { tags, summary: "A resource's history: each earlier record, who changed it and when", params: ResourceParams, response: { 200: z.array(ResourceRevision) } } }, async (request) =>
    listResourceRevisions(staffContext(request, deps), request.params.resourceId),
  );
  typed.post('/participants/:participantId/resource-referrals', { config: access.permission('resource.refer'), schema: { tags, summary: 'Record a resource given to a participant (once per resource and day)', params: ParticipantParams, body: GiveResourceInput, response: { 201: ResourceReferral } } }, async (request, reply) =>
    reply.status(201).send(await giveResourceToParticipant(staffContext(request, deps), request.params.participantId, request.body)),
  );
  typed.get('/participants/:participantId/resource-referrals', { config: access.permission('resource.refer'), schema: { tags, summary: 'The resources a participant was given, newest first', params: ParticipantParams, response: { 200: z.array(ResourceReferral) } } }, async (request) =>
    listParticipantResourceReferrals(staffContext(request, deps), request.params.participantId),
  );
  typed.post('/partners/:partnerId/resource-referrals', { config: access.permission('partner.write'), schema: { tags, summary: 'Record a resource given to a partner (partner-contact team only)', params: PartnerParams, body: GiveResourceInput, response: { 201: ResourceReferral } } }, async (request, reply) =>
    reply.status(201).send(await giveResourceToPartner(staffContext(request, deps), request.params.partnerId, request.body)),
  );
  typed.get('/partners/:partnerId/resource-referrals', { config: access.permission('partner.read'), schema: { tags, summary: 'The resources a partner was given, newest first (partner-contact team only)', params: PartnerParams, response: { 200: z.array(ResourceReferral) } } }, async (request) =>
    listPartnerResourceReferrals(staffContext(request, deps), request.params.partnerId),
  );
}
