import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getParticipantInformationPack, getPartnerInformationPack, getResourceListPack, ParticipantInformationQuery, type PdfFile, ResourceListInput } from '../../core/packs/index.js';
import { getWalletCard, getWorkbook, ReplaceWorkbookInput, replaceWorkbook, Workbook } from '../../core/workbook/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const ParticipantParams = z.object({ participantId: z.uuid() });

/**
 * A PDF as a download: never shown inside the app's origin, never kept by a browser or a proxy
 * (a pack may be printed at a shared computer). File names name no one.
 */
function sendPdf(reply: FastifyReply, file: PdfFile) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

/**
 * Information packs (participant, partner, resource list) in the language asked for (`?lang=`
 * or Accept-Language; the resource list's `lang` is in its body), and the participant workbook
 * with its wallet card. The partner pack and the resource list need `resource.read`, not
 * `partner.read`: they hold no partner data, and intake hands them out too.
 */
export function registerPackRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/packs/participant-information', { config: access.permission('participant.read'), schema: { tags: ['packs'], summary: "The participant information pack (PDF): a stream's topics and rules, or the participant's placed stream, or the defaults", querystring: ParticipantInformationQuery, produces: ['application/pdf'] } }, async (request, reply) =>
    sendPdf(reply, await getParticipantInformationPack(staffContext(request, deps), request.query)),
  );
  typed.get('/packs/partner-information', { config: access.permission('resource.read'), schema: { tags: ['packs'], summary: 'The partner information pack (PDF): Partner Contact, confidentiality and its limits, rights, crisis lines', produces: ['application/pdf'] } }, async (request, reply) =>
    sendPdf(reply, await getPartnerInformationPack(staffContext(request, deps))),
  );
  typed.post('/packs/resource-list', { config: access.permission('resource.read'), schema: { tags: ['packs'], summary: 'A list of chosen directory resources (PDF), in the order given; confidential addresses only when asked', body: ResourceListInput, produces: ['application/pdf'] } }, async (request, reply) =>
    sendPdf(reply, await getResourceListPack(staffContext(request, deps), request.body)),
  );
  typed.get('/participants/:participantId/workbook', { config: access.permission('participant.read'), schema: { tags: ['workbook'], summary: "The participant's workbook: relationship values, warning signs, accountability actions (audited)", params: ParticipantParams, response: { 200: Workbook } } }, async (request) =>
    getWorkbook(staffContext(request, deps), request.params.participantId),
  );
  typed.put('/participants/:participantId/workbook', { config: access.permission('attendance.record'), schema: { tags: ['workbook'], summary: 'Replace the workbook (every list, in order) against the version read', params: ParticipantParams, body: ReplaceWorkbookInput, response: { 200: Workbook } } }, async (request) =>
    replaceWorkbook(staffContext(request, deps), request.params.participantId, request.body),
  );
  typed.get('/participants/:participantId/workbook/wallet-card.pdf', { config: access.permission('participant.read'), schema: { tags: ['workbook'], summary: 'The relationship values as a wallet card (PDF, 85.6 × 54 mm, both sides), audited as an export', params: ParticipantParams, produces: ['application/pdf'] } }, async (request, reply) =>
    sendPdf(reply, await getWalletCard(staffContext(request, deps), request.params.participantId)),
  );
}
