import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateStreamInput, createStream, getStream, Holiday, HolidayQuery, listHolidays, listStreams, ProgramStream, removeHoliday,
  ReplaceCurriculumInput, replaceCurriculum, SetHolidayInput, setHoliday, UpdateStreamInput, updateStream,
} from '../../core/programs/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

const tags = ['programs'];
const StreamParams = z.object({ streamId: z.uuid() });
const DayParams = z.object({ day: z.iso.date() });

/** Program streams (policy and curriculum) and the agency's holidays. */
export function registerProgramRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/streams', { config: access.permission('agency.read'), schema: { tags, summary: 'Program streams with their policy and curriculum', response: { 200: z.array(ProgramStream) } } }, async (request) =>
    listStreams(staffContext(request, deps)),
  );
  typed.post('/streams', { config: access.permission('program.manage'), schema: { tags, summary: 'Create a stream (default policy and the 12 default topics)', body: CreateStreamInput, response: { 201: ProgramStream } } }, async (request, reply) =>
    reply.status(201).send(await createStream(staffContext(request, deps), request.body)),
  );
  typed.get('/streams/:streamId', { config: access.permission('agency.read'), schema: { tags, summary: 'One stream', params: StreamParams, response: { 200: ProgramStream } } }, async (request) =>
    getStream(staffContext(request, deps), request.params.streamId),
  );
  typed.put('/streams/:streamId', { config: access.permission('program.manage'), schema: { tags, summary: "Change a stream's names, policy or retirement (version-checked)", params: StreamParams, body: UpdateStreamInput, response: { 200: ProgramStream } } }, async (request) =>
    updateStream(staffContext(request, deps), request.params.streamId, request.body),
  );
  typed.put('/streams/:streamId/curriculum', { config: access.permission('program.manage'), schema: { tags, summary: "Replace a stream's session topics (en/fr)", params: StreamParams, body: ReplaceCurriculumInput, response: { 200: ProgramStream } } }, async (request) =>
    replaceCurriculum(staffContext(request, deps), request.params.streamId, request.body),
  );
  typed.get('/holidays', { config: access.permission('agency.read'), schema: { tags, summary: "The agency's holidays (no sessions on them)", querystring: HolidayQuery, response: { 200: z.array(Holiday) } } }, async (request) =>
    listHolidays(staffContext(request, deps), request.query.year),
  );
  typed.put('/holidays/:day', { config: access.permission('program.manage'), schema: { tags, summary: 'Add or rename a holiday', params: DayParams, body: SetHolidayInput, response: { 200: Holiday } } }, async (request) =>
    setHoliday(staffContext(request, deps), request.params.day, request.body),
  );
  typed.delete('/holidays/:day', { config: access.permission('program.manage'), schema: { tags, summary: 'Remove a holiday', params: DayParams, body: z.strictObject({}).nullish() } }, async (request, reply) => {
    await removeHoliday(staffContext(request, deps), request.params.day);
    return reply.status(204).send();
  });
}
