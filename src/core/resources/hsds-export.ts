import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError, type Ctx } from '../shared/index.js';
import { type HsdsService, toHsdsService } from './hsds-map.js';
import { validateHsdsObject } from './hsds-schemas.js';
import { type HsdsPackageFiles, hsdsPackageFromServices, readHsdsPackage } from './hsds-tabular.js';
import { findResources, recordOf } from './resources.queries.js';

export const hsdsFormats = ['hsds-json', 'hsds-csv'] as const;
export type HsdsFormat = (typeof hsdsFormats)[number];

/** An export: the JSON document (a list of services), or the tabular package's files by name. */
export type HsdsExport =
  | { format: 'hsds-json'; records: number; services: HsdsService[]; json: string }
  | { format: 'hsds-csv'; records: number; files: HsdsPackageFiles };

/**
 * The agency's directory as Open Referral HSDS 3.1: every resource that is neither retired nor
 * confidential (the query itself leaves confidential ones out, so a shelter's address is never
 * even read for an export), checked against the official schemas before it is handed over, and
 * audited as `export.created` with the count only.
 */
export async function exportHsds(ctx: Ctx, format: HsdsFormat): Promise<HsdsExport> {
  actingIn(ctx, 'resource.read');
  return ctx.db.transaction(async (trx) => {
    const publishable = await trx.selectFrom('resource').select('key').where('confidential', '=', false).where('retired_at', 'is', null).execute();
    const { items } = await findResources(trx, { keys: publishable.map((row) => row.key) });
    const services = items
      .map(recordOf)
      .filter((record) => !record.confidential)
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(toHsdsService);
    const result: HsdsExport =
      format === 'hsds-json'
        ? { format, records: services.length, services, json: `${JSON.stringify(services, null, 2)}\n` }
        : { format, records: services.length, files: hsdsPackageFromServices(services, ctx.now) };
    assertValid(result);
    await recordAudit(ctx, trx, { type: 'export.created', details: { kind: 'resources_hsds', format: format === 'hsds-json' ? 'json' : 'csv', records: services.length } });
    return result;
  });
}

/** What PARS hands over must pass the schemas it asks of others: a failure here is a defect, and nothing is returned. */
function assertValid(result: HsdsExport): void {
  const reasons =
    result.format === 'hsds-json'
      ? result.services.flatMap((service, index) => validateHsdsObject('service', service, `/${index}`))
      : (() => {
          const read = readHsdsPackage(result.files);
          return [...read.problems, ...read.services.flatMap((service) => service.reasons)];
        })();
  if (reasons.length > 0) throw new AppError('unexpected', 'hsds.export_invalid', {}, { cause: new Error(JSON.stringify(reasons.slice(0, 5))) });
}
