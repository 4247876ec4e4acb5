import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import { findResources, getResource } from './resources.queries.js';
import type { Resource, ResourcePage, ResourceQuery, ResourceRevision } from './resources.schema.js';

/**
 * The agency's directory for any staff member: filters, a text query that forgives typos and
 * accents (ranked), retired resources only when asked for, one page and the total.
 */
export async function searchResources(ctx: Ctx, query: ResourceQuery): Promise<ResourcePage> {
  assertCan(ctx.actor, 'resource.read');
  const { items, total } = await ctx.db.transaction((trx) => findResources(trx, { ...query, locale: ctx.locale }));
  return { items, total, limit: query.limit, offset: query.offset };
}

/** One resource, retired or not. */
export async function readResource(ctx: Ctx, resourceId: string): Promise<Resource> {
  assertCan(ctx.actor, 'resource.read');
  return ctx.db.transaction((trx) => getResource(trx, resourceId));
}

/** A resource's history, newest first: each record as it was before a change, who and when. */
export async function listResourceRevisions(ctx: Ctx, resourceId: string): Promise<ResourceRevision[]> {
  assertCan(ctx.actor, 'resource.manage');
  return ctx.db.transaction(async (trx) => {
    await getResource(trx, resourceId);
    const rows = await trx
      .selectFrom('resource_revision as r')
      .leftJoin('app_user as u', 'u.id', 'r.revised_by')
      .select(['r.version', 'r.change', 'r.changed_fields', 'r.revised_at', 'r.revised_by', 'u.display_name', 'r.previous'])
      .where('r.resource_id', '=', resourceId)
      .orderBy('r.version', 'desc')
      .execute();
    return rows.map((row) => ({
      version: row.version,
      change: row.change,
      changedFields: row.changed_fields,
      revisedAt: row.revised_at.toISOString(),
      revisedBy: row.revised_by ? { id: row.revised_by, name: row.display_name ?? '' } : null,
      previous: row.previous,
    }));
  });
}
