import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssessmentInput, BookIntakeInput, bookIntake, ConsentInput, findIntakeWorklist, IntakeWorkItem, recordAssessment, recordConsent } from '../../core/intake/index.js';
import { findWaitlist, TransitionInput, TransitionResult, transitionCase, WaitlistEntry, WaitlistQuery } from '../../core/participants/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const Params = z.object({ participantId: z.uuid() });
const tags = ['intake'];

/** Intake (appointment, assessment, consents), case decisions, the intake worklist and the waitlist. */
export function registerIntakeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/intake/worklist', { config: access.permission('referral.read'), schema: { tags, summary: 'People waiting for intake, with due dates', response: { 200: z.array(IntakeWorkItem) } } }, async (request) =>
    findIntakeWorklist(staffContext(request, deps)),
  );
  typed.get('/waitlist', { config: access.permission('group.read'), schema: { tags, summary: 'People waiting for a group', querystring: WaitlistQuery, response: { 200: z.array(WaitlistEntry) } } }, async (request) =>
    findWaitlist(staffContext(request, deps), request.query),
  );
  typed.post('/participants/:participantId/intake-appointment', { config: access.permission('participant.write'), schema: { tags, summary: 'Book or rebook the intake appointment (site-local time)', params: Params, body: BookIntakeInput, response: { 200: z.object({ appointmentId: z.uuid(), startsAt: z.string(), timeZone: z.string(), version: z.number().int() }) } } }, async (request) =>
    bookIntake(staffContext(request, deps), request.params.participantId, request.body),
  );
  typed.post('/participants/:participantId/assessments', { config: access.permission('participant.write'), schema: { tags, summary: 'Record the intake assessment', params: Params, body: AssessmentInput, response: { 201: z.object({ assessmentId: z.uuid(), version: z.number().int() }) } } }, async (request, reply) =>
    reply.status(201).send(await recordAssessment(staffContext(request, deps), request.params.participantId, request.body)),
  );
  typed.post('/participants/:participantId/consents', { config: access.permission('participant.write'), schema: { tags, summary: 'Record a signed consent', params: Params, body: ConsentInput, response: { 201: z.object({ consentId: z.uuid(), signedAt: z.string() }) } } }, async (request, reply) =>
    reply.status(201).send(await recordConsent(staffContext(request, deps), request.params.participantId, request.body)),
  );
  typed.post('/participants/:participantId/transitions', { config: access.permission('participant.write'), schema: { tags, summary: 'Take a decision on the case (waitlist, unsuitable, withdraw …)', params: Params, body: TransitionInput, response: { 200: TransitionResult } } }, async (request) =>
    transitionCase(staffContext(request, deps), request.params.participantId, request.body),
  );
}
