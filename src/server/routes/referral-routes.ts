import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeclaredIncome, DeclareIncomeInput, declareIncome, getDeclaredIncome, getParticipantFile, ParticipantFile, UpdateParticipantInput, updateParticipant, setReminders } from '../../core/participants/index.js';
import { DecideReferralInput, decideReferral, DuplicateCandidate, DuplicateCheckInput, findDuplicateParticipants, ReceiveReferralInput, ReferralDecision, ReferralReceipt, receiveReferral } from '../../core/referrals/index.js';
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
  typed.post('/referrals/:referralId/decision', { config: access.permission('referral.write'), schema: { tags: ['referrals'], summary: 'Accept a referral, return it to its source with a reason, or mark it a duplicate', params: z.object({ referralId: z.uuid() }), body: DecideReferralInput, response: { 200: ReferralDecision } } }, async (request) =>
    decideReferral(staffContext(request, deps), request.params.referralId, request.body),
  );
  typed.get('/participants/:participantId/income', { config: access.permission('income.read'), schema: { tags: ['participants'], summary: 'Declared household size and income (intake and finance only)', params: z.object({ participantId: z.uuid() }), response: { 200: DeclaredIncome.nullable() } } }, async (request) =>
    getDeclaredIncome(staffContext(request, deps), request.params.participantId),
  );
  typed.put('/participants/:participantId/income', { config: access.permission('income.write'), schema: { tags: ['participants'], summary: 'Record the declared household size and income', params: z.object({ participantId: z.uuid() }), body: DeclareIncomeInput, response: { 200: DeclaredIncome } } }, async (request) =>
    declareIncome(staffContext(request, deps), request.params.participantId, request.body),
  );
  typed.get('/participants/:participantId', { config: access.permission('participant.read'), schema: { tags: ['participants'], summary: "A participant's file", params: z.object({ participantId: z.uuid() }), response: { 200: ParticipantFile } } }, async (request) =>
    getParticipantFile(staffContext(request, deps), request.params.participantId),
  );
  typed.put('/participants/:participantId', { config: access.permission('participant.write'), schema: { tags: ['participants'], summary: "Correct a participant's record (every field sent; version-checked)", params: z.object({ participantId: z.uuid() }), body: UpdateParticipantInput, response: { 200: z.object({ version: z.number().int() }) } } }, async (request) =>
    updateParticipant(staffContext(request, deps), request.params.participantId, request.body),
  );
  typed.put('/participants/:participantId/reminders', { config: access.permission('participant.write'), schema: { tags: ['participants'], summary: 'Turn email session reminders on or off (needs an email address)', params: z.object({ participantId: z.uuid() }), body: z.strictObject({ optIn: z.boolean() }), response: { 200: z.object({ remindersOptIn: z.boolean() }) } } }, async (request) =>
    setReminders(staffContext(request, deps), request.params.participantId, request.body),
  );
}
