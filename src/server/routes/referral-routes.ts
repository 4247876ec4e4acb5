import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getParticipantFile, ParticipantFile } from '../../core/participants/index.js';
import { DuplicateCandidate, DuplicateCheckInput, findDuplicateParticipants, ReceiveReferralInput, ReferralReceipt, receiveReferral } from '../../core/referrals/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

/** Referrals in, duplicate check, and the participant file. */
export function registerReferralRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/referrals', { config: access.permission('referral.write'), schema: { tags: ['referrals'], summary: 'Receive a referral (partners named in it go to the partner-contact team, write-only)', body: ReceiveReferralInput, response: { 201: ReferralReceipt, 200: ReferralReceipt } } }, async (request, reply) => {
    const receipt = await receiveReferral(staffContext(request, deps), request.body);
    return reply.status(receipt.repeated ? 200 : 201).send(receipt);
  });
  // POST, not GET: names and birth dates stay out of URLs (and proxies' logs).
  typed.post('/participants/duplicate-check', { config: access.permission('participant.read'), schema: { tags: ['participants'], summary: 'People who may be the one a new referral names', body: DuplicateCheckInput, response: { 200: z.array(DuplicateCandidate) } } }, async (request) =>
    findDuplicateParticipants(staffContext(request, deps), request.body),
  );
  typed.get('/participants/:participantId', { config: access.permission('participant.read'), schema: { tags: ['participants'], summary: "A participant's file", params: z.object({ participantId: z.uuid() }), response: { 200: ParticipantFile } } }, async (request) =>
    getParticipantFile(staffContext(request, deps), request.params.participantId),
  );
}
