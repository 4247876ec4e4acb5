import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from '../users/db-errors.js';
import { defaultCurriculum } from './default-curriculum.js';
import type { CreateStreamInput, ProgramStream, ReplaceCurriculumInput, UpdateStreamInput } from './programs.schema.js';
import { checkPolicy, findStream, findStreams } from './streams.queries.js';
import type { StreamPolicy } from './stream-policy.js';

/** The agency's program streams with their policy and curriculum (all staff: groups are built on them). */
export async function listStreams(ctx: Ctx): Promise<ProgramStream[]> {
  assertCan(ctx.actor, 'agency.read');
  return ctx.db.transaction((trx) => findStreams(trx));
}

/** One stream with its policy and curriculum. */
export async function getStream(ctx: Ctx, streamId: string): Promise<ProgramStream> {
  assertCan(ctx.actor, 'agency.read');
  return ctx.db.transaction((trx) => findStream(trx, streamId));
}

function refuseBadPolicy(policy: StreamPolicy): void {
  const issues = checkPolicy(policy, 'body.policy');
  if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
}

/** A new stream, with the default policy where none is given and the 12 default topics. */
export async function createStream(ctx: Ctx, input: CreateStreamInput): Promise<ProgramStream> {
  assertCan(ctx.actor, 'program.manage');
  const actor = requireStaff(ctx.actor);
  refuseBadPolicy(input.policy);
  try {
    return await ctx.db.transaction(async (trx) => {
      const { id } = await trx
        .insertInto('program_stream')
        .values({ agency_id: actor.agencyId, code: input.code, name: input.name, name_fr: input.nameFr, policy: JSON.stringify(input.policy) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('curriculum_topic')
        .values(defaultCurriculum.map((t, index) => ({ agency_id: actor.agencyId, stream_id: id, position: index + 1, title: t.title, title_fr: t.titleFr, summary: t.summary, summary_fr: t.summaryFr })))
        .execute();
      await recordAudit(ctx, trx, { type: 'stream.created', subject: { type: 'stream', id }, details: { code: input.code } });
      return findStream(trx, id);
    });
  } catch (error) {
    if (isDbError(error, '23505')) throw new AppError('conflict', 'programs.stream_code_taken', { code: input.code });
    throw error;
  }
}

/**
 * Saves a stream's names and whole policy against the version read. The audit event names the
 * settings that changed with their old and new values (numbers and flags only).
 */
export async function updateStream(ctx: Ctx, streamId: string, input: UpdateStreamInput): Promise<ProgramStream> {
  assertCan(ctx.actor, 'program.manage');
  requireStaff(ctx.actor);
  refuseBadPolicy(input.policy);
  return ctx.db.transaction(async (trx) => {
    const current = await findStream(trx, streamId);
    if (current.version !== input.version) throw new AppError('conflict', 'programs.stale_stream', {});
    await trx
      .updateTable('program_stream')
      .set((eb) => ({ name: input.name, name_fr: input.nameFr, policy: JSON.stringify(input.policy), retired_at: input.retired ? (current.retired ? eb.ref('retired_at') : ctx.now) : null, version: eb('version', '+', 1) }))
      .where('id', '=', streamId)
      .execute();
    const changed = (Object.keys(input.policy) as (keyof StreamPolicy)[]).filter((key) => current.policy[key] !== input.policy[key]);
    await recordAudit(ctx, trx, {
      type: 'stream.updated',
      subject: { type: 'stream', id: streamId },
      details: { settings: changed, retired: input.retired },
    });
    return findStream(trx, streamId);
  });
}

/** Replaces the stream's curriculum (every topic, in order), in both languages. */
export async function replaceCurriculum(ctx: Ctx, streamId: string, input: ReplaceCurriculumInput): Promise<ProgramStream> {
  assertCan(ctx.actor, 'program.manage');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const current = await findStream(trx, streamId);
    if (current.version !== input.version) throw new AppError('conflict', 'programs.stale_stream', {});
    await trx.deleteFrom('curriculum_topic').where('stream_id', '=', streamId).execute();
    await trx
      .insertInto('curriculum_topic')
      .values(input.topics.map((t, index) => ({ agency_id: actor.agencyId, stream_id: streamId, position: index + 1, title: t.title, title_fr: t.titleFr, summary: t.summary ?? null, summary_fr: t.summaryFr ?? null })))
      .execute();
    await trx.updateTable('program_stream').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', streamId).execute();
    await recordAudit(ctx, trx, { type: 'curriculum.replaced', subject: { type: 'stream', id: streamId }, details: { topics: input.topics.length } });
    return findStream(trx, streamId);
  });
}
