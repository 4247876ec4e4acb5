import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChannelDecisions,
  Compliance,
  ContactLog,
  ContactReceipt,
  getChannelDecisions,
  getCompliance,
  getLetterPdf,
  getLetterProposal,
  getWorklist,
  LetterList,
  LetterProposal,
  LetterReceipt,
  listContacts,
  listLetters,
  listOpenNotices,
  OpenNotices,
  RecordContactInput,
  recordContact,
  SendLetterInput,
  sendLetter,
  Worklist,
} from '../../core/partner-contact/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['partner-contact'];
const PartnerParams = z.object({ partnerId: z.uuid() });
const LetterParams = z.object({ partnerId: z.uuid(), letterId: z.uuid() });

/**
 * Partner Contact's work (partner compartment): the contact log, the open notices and what the
 * channel gate would say (for the contact form), the worklist, the letter fallback (proposal,
 * send, list, PDF), and the team's compliance counts for managers (numbers only).
 */
export function registerPartnerContactRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/partners/:partnerId/contacts', { config: access.permission('partner.write'), schema: { tags, summary: 'Record a contact or an attempt (worker-initiated ones pass the channel gate); a repeated idempotency key returns the first', params: PartnerParams, body: RecordContactInput, response: { 200: ContactReceipt, 201: ContactReceipt } } }, async (request, reply) => {
    const receipt = await recordContact(staffContext(request, deps), request.params.partnerId, request.body);
    return reply.status(receipt.created ? 201 : 200).send(receipt);
  });
  typed.get('/partners/:partnerId/contacts', { config: access.permission('partner.read'), schema: { tags, summary: "A partner's contact log, newest first (audited)", params: PartnerParams, response: { 200: ContactLog } } }, async (request) =>
    listContacts(staffContext(request, deps), request.params.partnerId),
  );
  typed.get('/partners/:partnerId/open-notices', { config: access.permission('partner.read'), schema: { tags, summary: 'Notices about the participant not yet delivered to this partner', params: PartnerParams, response: { 200: OpenNotices } } }, async (request) =>
    listOpenNotices(staffContext(request, deps), request.params.partnerId),
  );
  typed.get('/partners/:partnerId/channels', { config: access.permission('partner.read'), schema: { tags, summary: 'What the channel gate would say now for a call, a voicemail, a text, an email and a letter', params: PartnerParams, response: { 200: ChannelDecisions } } }, async (request) =>
    getChannelDecisions(staffContext(request, deps), request.params.partnerId),
  );
  typed.get('/partner-contact/worklist', { config: access.permission('partner.read'), schema: { tags, summary: 'What is due for every partner who has not declined: first contacts, minimum contacts, notices, follow-ups, letters', response: { 200: Worklist } } }, async (request) =>
    getWorklist(staffContext(request, deps)),
  );
  typed.get('/partner-contact/compliance', { config: access.permission('statistics.read'), schema: { tags, summary: "The partner-contact team's compliance: counts only", response: { 200: Compliance } } }, async (request) =>
    // Counting needs the partner compartment the manager does not hold: the use case opens it for aggregate reads only.
    getCompliance(staffContext(request, deps), deps.kysely),
  );
  typed.get('/partners/:partnerId/letter-proposal', { config: access.permission('partner.read'), schema: { tags, summary: 'Whether PARS proposes a letter now, and why (or why not)', params: PartnerParams, response: { 200: LetterProposal } } }, async (request) =>
    getLetterProposal(staffContext(request, deps), request.params.partnerId),
  );
  typed.post('/partners/:partnerId/letters', { config: access.permission('partner.write'), schema: { tags, summary: 'Send the introduction letter (only when the gate opens mail); idempotent', params: PartnerParams, body: SendLetterInput, response: { 200: LetterReceipt, 201: LetterReceipt } } }, async (request, reply) => {
    const receipt = await sendLetter(staffContext(request, deps), request.params.partnerId, request.body);
    return reply.status(receipt.created ? 201 : 200).send(receipt);
  });
  typed.get('/partners/:partnerId/letters', { config: access.permission('partner.read'), schema: { tags, summary: 'The letters sent to a partner', params: PartnerParams, response: { 200: LetterList } } }, async (request) =>
    listLetters(staffContext(request, deps), request.params.partnerId),
  );
  typed.get('/partners/:partnerId/letters/:letterId/pdf', { config: access.permission('partner.read'), schema: { tags, summary: 'A sent letter as a PDF (the gate is asked again: refused if mail is no longer safe); audited', params: LetterParams, produces: ['application/pdf'] } }, async (request, reply) => {
    const file = await getLetterPdf(staffContext(request, deps), request.params.partnerId, request.params.letterId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
}
