import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approveDisclosure, DecideDisclosureInput, Disclosure, DisclosureListItem, DisclosureQuery, DisclosureReceipt, getDisclosure, listDisclosures,
  listSafetyConcerns, MarkDisclosureMadeInput, markDisclosureMade, RecordDisclosureInput, recordDisclosure, refuseDisclosure, SafetyConcern,
} from '../../core/disclosures/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['disclosures'];
const DisclosureParams = z.object({ disclosureId: z.uuid() });

/**
 * Disclosures (their own compartment): recorded by the partner-contact team, a facilitator (the
 * drop box: a receipt, nothing to read back) or the manager; read by the partner-contact team
 * and the manager; Crown and probation approved or refused by the manager. The participant's
 * case sees only the concerns they attached: a category and a day.
 */
export function registerDisclosureRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/disclosures', { config: access.permission('disclosure.create'), schema: { tags, summary: 'Record a disclosure decision (a receipt only: the group program cannot read it back)', body: RecordDisclosureInput, response: { 201: DisclosureReceipt } } }, async (request, reply) =>
    reply.status(201).send(await recordDisclosure(staffContext(request, deps), request.body)),
  );
  typed.get('/disclosures', { config: access.permission('disclosure.read'), schema: { tags, summary: 'Disclosures, newest first, by status or participant: never what was disclosed nor who the partner is', querystring: DisclosureQuery, response: { 200: z.array(DisclosureListItem) } } }, async (request) =>
    listDisclosures(staffContext(request, deps), request.query),
  );
  typed.get('/disclosures/:disclosureId', { config: access.permission('disclosure.read'), schema: { tags, summary: 'One disclosure with what was disclosed (audited)', params: DisclosureParams, response: { 200: Disclosure } } }, async (request) =>
    getDisclosure(staffContext(request, deps), request.params.disclosureId),
  );
  typed.post('/disclosures/:disclosureId/approve', { config: access.permission('disclosure.approve'), schema: { tags, summary: 'Approve a Crown or probation disclosure waiting for approval (its concern reaches the case)', params: DisclosureParams, body: DecideDisclosureInput, response: { 200: Disclosure } } }, async (request) =>
    approveDisclosure(staffContext(request, deps), request.params.disclosureId, request.body),
  );
  typed.post('/disclosures/:disclosureId/refuse', { config: access.permission('disclosure.approve'), schema: { tags, summary: 'Refuse a Crown or probation disclosure waiting for approval', params: DisclosureParams, body: DecideDisclosureInput, response: { 200: Disclosure } } }, async (request) =>
    refuseDisclosure(staffContext(request, deps), request.params.disclosureId, request.body),
  );
  typed.post('/disclosures/:disclosureId/made', { config: access.permission('disclosure.read'), schema: { tags, summary: 'Record that an approved disclosure was made: how and when', params: DisclosureParams, body: MarkDisclosureMadeInput, response: { 200: Disclosure } } }, async (request) =>
    markDisclosureMade(staffContext(request, deps), request.params.disclosureId, request.body),
  );
  typed.get('/participants/:participantId/safety-concerns', { config: access.permission('participant.read'), schema: { tags, summary: "The safety concerns disclosures attached to a participant's case: a category and a day each (audited)", params: z.object({ participantId: z.uuid() }), response: { 200: z.array(SafetyConcern) } } }, async (request) =>
    listSafetyConcerns(staffContext(request, deps), request.params.participantId),
  );
}
