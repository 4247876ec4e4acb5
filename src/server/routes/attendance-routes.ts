import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcknowledgeConcernInput,
  AcknowledgedConcern,
  acknowledgeConcern,
  Concern,
  ConcernListItem,
  ConcernQuery,
  findConcerns,
  findGroupStandings,
  findSessionNotes,
  getParticipantStanding,
  getRoster,
  GroupStandings,
  Mark,
  ParticipantStanding,
  RaiseConcernInput,
  raiseConcern,
  RecordMakeUpInput,
  RecordMarksInput,
  recordMakeUp,
  recordMarks,
  Roster,
  SessionNote,
  WriteSessionNoteInput,
  writeSessionNote,
} from '../../core/attendance/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const sessionParams = z.object({ sessionId: z.uuid() });

/**
 * Attendance (issue 5): rosters and marks, make-ups, concerns raised in session, encrypted
 * session notes, and standing. Recording is for facilitators (`attendance.record`); reading a
 * roster or a standing for anyone who sees groups; notes for facilitators and managers
 * (`report.draft`); the concern worklist for managers (`case.sign_off`).
 */
export function registerAttendanceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/sessions/:sessionId/roster', { config: access.permission('group.read'), schema: { tags: ['attendance'], summary: "A session's roster: members and make-ups, each with their mark and standing", params: sessionParams, response: { 200: Roster } } }, async (request) =>
    getRoster(staffContext(request, deps), request.params.sessionId),
  );
  typed.put('/sessions/:sessionId/marks', { config: access.permission('attendance.record'), schema: { tags: ['attendance'], summary: 'Record or correct marks at a session (all or none; version-checked per person)', params: sessionParams, body: RecordMarksInput, response: { 200: z.array(Mark) } } }, async (request) =>
    recordMarks(staffContext(request, deps), request.params.sessionId, request.body),
  );
  typed.post('/sessions/:sessionId/make-ups', { config: access.permission('attendance.record'), schema: { tags: ['attendance'], summary: "Record a make-up: someone from another group attended this session", params: sessionParams, body: RecordMakeUpInput, response: { 201: Mark } } }, async (request, reply) =>
    reply.status(201).send(await recordMakeUp(staffContext(request, deps), request.params.sessionId, request.body)),
  );
  typed.post('/sessions/:sessionId/concerns', { config: access.permission('attendance.record'), schema: { tags: ['attendance'], summary: 'Raise a concern seen or heard in session (a threat is urgent and tells the partner-contact team at once)', params: sessionParams, body: RaiseConcernInput, response: { 201: Concern } } }, async (request, reply) =>
    reply.status(201).send(await raiseConcern(staffContext(request, deps), request.params.sessionId, request.body)),
  );
  typed.get('/concerns', { config: access.permission('case.sign_off'), schema: { tags: ['attendance'], summary: 'Concerns to follow up, urgent first (managers)', querystring: ConcernQuery, response: { 200: z.array(ConcernListItem) } } }, async (request) =>
    findConcerns(staffContext(request, deps), request.query),
  );
  typed.post('/concerns/:concernId/acknowledge', { config: access.permission('case.sign_off'), schema: { tags: ['attendance'], summary: 'Acknowledge a concern (it leaves the open list)', params: z.object({ concernId: z.uuid() }), body: AcknowledgeConcernInput, response: { 200: AcknowledgedConcern } } }, async (request) =>
    acknowledgeConcern(staffContext(request, deps), request.params.concernId),
  );
  typed.post('/sessions/:sessionId/notes', { config: access.permission('attendance.record'), schema: { tags: ['attendance'], summary: 'Write a session note (encrypted at rest; never sent anywhere)', params: sessionParams, body: WriteSessionNoteInput, response: { 201: SessionNote } } }, async (request, reply) =>
    reply.status(201).send(await writeSessionNote(staffContext(request, deps), request.params.sessionId, request.body)),
  );
  typed.get('/sessions/:sessionId/notes', { config: access.permission('report.draft'), schema: { tags: ['attendance'], summary: "A session's notes (facilitators and managers; each read is audited)", params: sessionParams, response: { 200: z.array(SessionNote) } } }, async (request) =>
    findSessionNotes(staffContext(request, deps), request.params.sessionId),
  );
  typed.get('/participants/:participantId/standing', { config: access.permission('group.read'), schema: { tags: ['attendance'], summary: "A participant's placement, attendance history and standing", params: z.object({ participantId: z.uuid() }), response: { 200: ParticipantStanding } } }, async (request) =>
    getParticipantStanding(staffContext(request, deps), request.params.participantId),
  );
  typed.get('/groups/:groupId/standings', { config: access.permission('group.read'), schema: { tags: ['attendance'], summary: "A group's members with their standing, worst first", params: z.object({ groupId: z.uuid() }), response: { 200: GroupStandings } } }, async (request) =>
    findGroupStandings(staffContext(request, deps), request.params.groupId),
  );
}
