import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import type { FieldIssue } from '../shared/app-error.js';
import type { ProgramStream } from './programs.schema.js';
import { readStreamPolicy, type StreamPolicy } from './stream-policy.js';

/** Every stream of the agency (RLS scopes it) with its curriculum, active ones first, by name. */
export async function findStreams(db: Kysely<DB>, streamId?: string): Promise<ProgramStream[]> {
  let query = db.selectFrom('program_stream').selectAll().orderBy('retired_at', 'desc').orderBy('name');
  if (streamId) query = query.where('id', '=', streamId);
  const streams = await query.execute();
  if (streams.length === 0) return [];
  const topics = await db
    .selectFrom('curriculum_topic')
    .selectAll()
    .where('stream_id', 'in', streams.map((s) => s.id))
    .orderBy('position')
    .execute();
  return streams.map((s) => ({
    id: s.id,
    code: s.code,
    name: s.name,
    nameFr: s.name_fr,
    policy: readStreamPolicy(s.policy),
    retired: s.retired_at !== null,
    version: s.version,
    topics: topics
      .filter((t) => t.stream_id === s.id)
      .map((t) => ({ position: t.position, title: t.title, titleFr: t.title_fr, summary: t.summary, summaryFr: t.summary_fr })),
  }));
}

/** One stream, or 404. */
export async function findStream(db: Kysely<DB>, streamId: string): Promise<ProgramStream> {
  const [stream] = await findStreams(db, streamId);
  if (!stream) throw new AppError('not_found', 'programs.stream_not_found', {});
  return stream;
}

/** The checks between settings the schema cannot make alone, as field issues. */
export function checkPolicy(policy: StreamPolicy, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (policy.groupSizeMin > policy.groupSizeMax) issues.push({ path: `${prefix}.groupSizeMin`, code: 'custom', params: { reason: 'group_size_range' } });
  if (policy.refuseEntryAfterMinutes <= policy.lateAfterMinutes) issues.push({ path: `${prefix}.refuseEntryAfterMinutes`, code: 'custom', params: { reason: 'refuse_before_late' } });
  return issues;
}
