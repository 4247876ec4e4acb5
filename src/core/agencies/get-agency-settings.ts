import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import type { AgencySettings } from './agencies.schema.js';
import { findSettings } from './settings.queries.js';

/** The agency's settings, for the admin screen. */
export async function getAgencySettings(ctx: Ctx): Promise<AgencySettings> {
  assertCan(ctx.actor, 'setting.manage');
  return ctx.db.transaction((trx) => findSettings(trx));
}
