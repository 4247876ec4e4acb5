import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddSessionsInput, addSessions, CancelSessionInput, cancelSession, CreateGroupInput, createGroup, DaySession, findPlacementOptions, getGroup, GroupDetail,
  GroupListQuery, GroupSummary, listDaySessions, listFacilitators, listGroups, PlaceParticipantInput, PlacementOption, placeParticipant, RescheduleSessionInput,
  rescheduleSession, SessionsDayQuery, UpdateGroupInput, updateGroup,
} from '../../core/groups/index.js';
import { CompletionReviewInput, PendingDischargeInput, recordCompletionReview, TransitionResult, warnPendingDischarge } from '../../core/participants/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['groups'];
const GroupParams = z.object({ groupId: z.uuid() });
const SessionParams = z.object({ groupId: z.uuid(), sessionId: z.uuid() });
const ParticipantParams = z.object({ participantId: z.uuid() });

/** Groups, their sessions, placement from the waitlist, and the facilitator's case steps. */
export function registerGroupRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/groups', { config: access.permission('group.read'), schema: { tags, summary: 'Groups (open by default; mine=true for those I lead)', querystring: GroupListQuery, response: { 200: z.array(GroupSummary) } } }, async (request) =>
    listGroups(staffContext(request, deps), request.query),
  );
  typed.post('/groups', { config: access.permission('group.manage'), schema: { tags, summary: 'Create a group and schedule its sessions (skipping holidays)', body: CreateGroupInput, response: { 201: GroupDetail } } }, async (request, reply) =>
    reply.status(201).send(await createGroup(staffContext(request, deps), request.body)),
  );
  typed.get('/groups/:groupId', { config: access.permission('group.read'), schema: { tags, summary: 'A group with its sessions and members', params: GroupParams, response: { 200: GroupDetail } } }, async (request) =>
    getGroup(staffContext(request, deps), request.params.groupId),
  );
  typed.put('/groups/:groupId', { config: access.permission('group.manage'), schema: { tags, summary: "Change a group's room, capacity, facilitators or status (version-checked)", params: GroupParams, body: UpdateGroupInput, response: { 200: GroupDetail } } }, async (request) =>
    updateGroup(staffContext(request, deps), request.params.groupId, request.body),
  );
  typed.post('/groups/:groupId/sessions', { config: access.permission('group.manage'), schema: { tags, summary: 'Schedule more sessions after the last one (rolling enrolment)', params: GroupParams, body: AddSessionsInput, response: { 200: GroupDetail } } }, async (request) =>
    addSessions(staffContext(request, deps), request.params.groupId, request.body),
  );
  typed.post('/groups/:groupId/sessions/:sessionId/cancel', { config: access.permission('group.manage'), schema: { tags, summary: 'Cancel a session (it counts against nobody)', params: SessionParams, body: CancelSessionInput, response: { 200: GroupDetail } } }, async (request) =>
    cancelSession(staffContext(request, deps), request.params.groupId, request.params.sessionId, request.body),
  );
  typed.post('/groups/:groupId/sessions/:sessionId/reschedule', { config: access.permission('group.manage'), schema: { tags, summary: 'Move a session to another local date and time', params: SessionParams, body: RescheduleSessionInput, response: { 200: GroupDetail } } }, async (request) =>
    rescheduleSession(staffContext(request, deps), request.params.groupId, request.params.sessionId, request.body),
  );
  typed.get('/facilitators', { config: access.permission('group.manage'), schema: { tags, summary: "The agency's active facilitators (to choose a group's co-facilitators)", response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) } } }, async (request) =>
    listFacilitators(staffContext(request, deps)),
  );
  typed.get('/sessions', { config: access.permission('group.read'), schema: { tags, summary: "A day's sessions (today by default): the facilitator's start page", querystring: SessionsDayQuery, response: { 200: z.array(DaySession) } } }, async (request) =>
    listDaySessions(staffContext(request, deps), request.query),
  );
  typed.get('/participants/:participantId/placement-options', { config: access.permission('group.manage'), schema: { tags, summary: 'Open groups matching the person (gender, language, room), with no-contact warnings', params: ParticipantParams, response: { 200: z.array(PlacementOption) } } }, async (request) =>
    findPlacementOptions(staffContext(request, deps), request.params.participantId),
  );
  typed.post('/participants/:participantId/placement', { config: access.permission('group.manage'), schema: { tags, summary: 'Place a waitlisted person in a group (capacity enforced; no-contact warning to acknowledge)', params: ParticipantParams, body: PlaceParticipantInput, response: { 201: z.object({ enrolmentId: z.uuid(), firstSessionNumber: z.number().int(), version: z.number().int() }) } } }, async (request, reply) =>
    reply.status(201).send(await placeParticipant(staffContext(request, deps), request.params.participantId, request.body)),
  );
  typed.post('/participants/:participantId/pending-discharge', { config: access.permission('attendance.record'), schema: { tags, summary: 'Warn that the case is heading to discharge (coded reason; the manager decides)', params: ParticipantParams, body: PendingDischargeInput, response: { 200: TransitionResult } } }, async (request) =>
    warnPendingDischarge(staffContext(request, deps), request.params.participantId, request.body),
  );
  typed.put('/participants/:participantId/completion-review', { config: access.permission('attendance.record'), schema: { tags, summary: "The facilitator's final check-out: program goals met or not met", params: ParticipantParams, body: CompletionReviewInput, response: { 200: z.object({ outcome: z.enum(['met', 'not_met']), reviewedAt: z.string() }) } } }, async (request) =>
    recordCompletionReview(staffContext(request, deps), request.params.participantId, request.body),
  );
}
