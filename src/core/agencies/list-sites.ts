import { z } from 'zod';
import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import { findSites } from './agencies.queries.js';

export const Site = z.object({ id: z.uuid(), name: z.string(), nameFr: z.string().nullable(), timeZone: z.string() });
export type Site = z.infer<typeof Site>;

/** The agency's sites with their time zones (where intake and groups can be booked). */
export async function listSites(ctx: Ctx): Promise<Site[]> {
  assertCan(ctx.actor, 'agency.read');
  if (ctx.actor.kind !== 'staff') return [];
  const agencyId = ctx.actor.agencyId;
  return ctx.db.transaction(async (trx) =>
    (await findSites(trx, agencyId)).map((site) => ({ id: site.id, name: site.name, nameFr: site.name_fr, timeZone: site.time_zone })),
  );
}
