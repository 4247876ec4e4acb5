import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError, type FieldIssue } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from '../users/db-errors.js';
import { normalizeResourcePhones } from './normalize-resource-phones.js';
import { ResourceRecord } from './resource-record.js';
import { getResource, recordOf } from './resources.queries.js';
import type { CreateResourceInput, Resource, UpdateResourceInput } from './resources.schema.js';
import { changedResourceFields, insertResource, replaceResource } from './upsert-resources.js';

/**
 * The record a form sent, with its numbers normalised (E.164 or short code); every problem is a
 * field issue under `body.` so the form can show it beside the field.
 */
function checkedRecord(input: CreateResourceInput, extraIssues: FieldIssue[] = []): ResourceRecord {
  const { phones, issues } = normalizeResourcePhones(input.phones, 'body.phones');
  issues.unshift(...extraIssues);
  if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  const parsed = ResourceRecord.safeParse({ ...input, phones });
  if (!parsed.success) {
    const found = parsed.error.issues.map((issue) => ({ path: ['body', ...issue.path].join('.'), code: issue.code }));
    throw new AppError('invalid', 'request.invalid', { count: found.length }, { issues: found });
  }
  return parsed.data;
}

/** A new resource in the agency's directory (managers and admins). */
export async function createResource(ctx: Ctx, input: CreateResourceInput): Promise<Resource> {
  assertCan(ctx.actor, 'resource.manage');
  const actor = requireStaff(ctx.actor);
  const record = checkedRecord(input);
  try {
    return await ctx.db.transaction(async (trx) => {
      const taken = await trx.selectFrom('resource').select('id').where('key', '=', record.key).executeTakeFirst();
      if (taken) throw new AppError('conflict', 'resources.key_taken', { key: record.key });
      const id = await insertResource(trx, actor.agencyId, record, { by: actor.userId, now: ctx.now });
      await recordAudit(ctx, trx, { type: 'resource.created', subject: { type: 'resource', id }, details: { key: record.key } });
      return getResource(trx, id);
    });
  } catch (error) {
    // Two people creating the same key at once: the unique key decides.
    if (isDbError(error, '23505')) throw new AppError('conflict', 'resources.key_taken', { key: record.key });
    throw error;
  }
}

/**
 * Saves the whole record against the version read; the old record is kept as a revision and the
 * audit event names the fields that changed. Saving an unchanged record changes nothing.
 */
export async function updateResource(ctx: Ctx, resourceId: string, input: UpdateResourceInput): Promise<Resource> {
  assertCan(ctx.actor, 'resource.manage');
  const actor = requireStaff(ctx.actor);
  const { version, key, ...rest } = input;
  return ctx.db.transaction(async (trx) => {
    const current = await getResource(trx, resourceId);
    const keyIssues: FieldIssue[] = key !== undefined && key !== current.key ? [{ path: 'body.key', code: 'custom', params: { reason: 'resource_key_fixed' } }] : [];
    const after = checkedRecord({ ...rest, key: current.key }, keyIssues);
    if (current.version !== version) throw new AppError('conflict', 'resources.stale_resource', {});
    const before = recordOf(current);
    const fields = changedResourceFields(before, after);
    if (fields.length === 0) return current;
    const saved = await replaceResource(trx, actor.agencyId, resourceId, { before, after, version, kind: 'updated' }, { by: actor.userId, now: ctx.now });
    if (!saved) throw new AppError('conflict', 'resources.stale_resource', {});
    await recordAudit(ctx, trx, { type: 'resource.updated', subject: { type: 'resource', id: resourceId }, details: { fields } });
    return getResource(trx, resourceId);
  });
}
