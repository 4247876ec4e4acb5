import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuditGrant, AuditGrantList, EndAuditAccessInput, endAuditAccess, getGrantChoices, getMyAuditAccess, getSampleFile, GrantAuditAccessInput, grantAuditAccess,
  GrantChoices, listAuditGrants, listPartnerAudits, MyAuditAccess, OpenPartnerIdentityInput, openPartnerIdentity, PartnerAudits, SampleFile,
} from '../../core/audit-access/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['audit access'];
const GrantParams = z.object({ grantId: z.uuid() });
const FileParams = z.object({ participantId: z.uuid() });
const PartnerParams = z.object({ partnerId: z.uuid() });
const OpeningParams = z.object({ partnerId: z.uuid(), grantId: z.uuid() });

/**
 * Ministry auditors' access: the manager grants, lists and ends time-boxed read-only access
 * (`audit.grant_access`); the auditor, while a grant is in force, lists and reads the sampled
 * files (`audit.read_sample`, which no role holds without a grant). Auditors hold no write
 * permission anywhere; a file outside the sample is 404.
 */
export function registerAuditAccessRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/audit-grants', { config: access.permission('audit.grant_access'), schema: { tags, summary: "The agency's auditor grants, newest first, with their samples", response: { 200: AuditGrantList } } }, async (request) =>
    listAuditGrants(staffContext(request, deps)),
  );
  typed.get('/audit-grants/choices', { config: access.permission('audit.grant_access'), schema: { tags, summary: 'The auditor accounts and the files a grant can sample', response: { 200: GrantChoices } } }, async (request) =>
    getGrantChoices(staffContext(request, deps)),
  );
  typed.post('/audit-grants', { config: access.permission('audit.grant_access'), schema: { tags, summary: 'Grant an auditor read-only access for a time, with a sample of files (idempotency key)', body: GrantAuditAccessInput, response: { 201: AuditGrant } } }, async (request, reply) =>
    reply.status(201).send(await grantAuditAccess(staffContext(request, deps), request.body)),
  );
  typed.post('/audit-grants/:grantId/end', { config: access.permission('audit.grant_access'), schema: { tags, summary: 'End a grant now (version-checked)', params: GrantParams, body: EndAuditAccessInput, response: { 200: AuditGrant } } }, async (request) =>
    endAuditAccess(staffContext(request, deps), request.params.grantId, request.body),
  );
  typed.get('/audit-access', { config: access.permission('audit.read_sample'), schema: { tags, summary: "The auditor's grant in force and its files (audited)", response: { 200: MyAuditAccess } } }, async (request) =>
    getMyAuditAccess(staffContext(request, deps), deps.kysely),
  );
  typed.get('/audit-access/files/:participantId', { config: access.permission('audit.read_sample'), schema: { tags, summary: 'A sampled file, read-only, Partner Contact de-identified (audited)', params: FileParams, response: { 200: SampleFile } } }, async (request) =>
    getSampleFile(staffContext(request, deps), deps.kysely, request.params.participantId),
  );
  typed.get('/partners/:partnerId/audits', { config: access.permission('partner.read'), schema: { tags, summary: "The audits whose sample includes the partner's case, and whether the partner's name is open to the auditor", params: PartnerParams, response: { 200: PartnerAudits } } }, async (request) =>
    listPartnerAudits(staffContext(request, deps), request.params.partnerId),
  );
  typed.post('/partners/:partnerId/audits/:grantId/opening', { config: access.permission('audit.open_partner_identity'), schema: { tags, summary: "Record the legal basis that shows the partner's name to the grant's auditor (partner-contact lead)", params: OpeningParams, body: OpenPartnerIdentityInput, response: { 200: PartnerAudits } } }, async (request) =>
    openPartnerIdentity(staffContext(request, deps), request.params.partnerId, request.params.grantId, request.body),
  );
}
