import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError, type Ctx } from '../shared/index.js';
import { fromHsdsService, type HsdsService } from './hsds-map.js';
import { type HsdsReason, hsdsReasonText } from './hsds-reason.js';
import { validateHsdsObject } from './hsds-schemas.js';
import { type HsdsPackageFiles, readHsdsPackage } from './hsds-tabular.js';
import type { ResourceRecord } from './resource-record.js';
import { findResources } from './resources.queries.js';
import { upsertResourcesFromRecords } from './upsert-resources.js';

/**
 * An HSDS file to import: the JSON text (or, from the API, the document already parsed), or a
 * tabular package's files by name (datapackage.json and its CSVs).
 */
export type HsdsImportInput = { format: 'hsds-json'; text: string } | { format: 'hsds-json'; document: unknown } | { format: 'hsds-csv'; files: HsdsPackageFiles };

export interface HsdsImportOptions {
  /** Import the valid services of a file that also has invalid ones (otherwise nothing is imported). */
  acceptValid: boolean;
  /** Check everything and report, writing nothing. */
  dryRun: boolean;
}

/** A reason with its text in the caller's language. */
export type HsdsReportedReason = HsdsReason & { message: string };

/** A service that cannot be imported, and every reason why. */
export interface HsdsInvalidRecord {
  /** Its place among the file's services, from 0 (a JSON list's index; the order of services.csv). */
  index: number;
  id?: string;
  name?: string;
  /** Where it starts: its JSON pointer in the file, or its row of services.csv. */
  pointer?: string;
  row?: number;
  reasons: HsdsReportedReason[];
}

export interface HsdsImportReport {
  format: HsdsImportInput['format'];
  /** Services in the file. */
  records: number;
  valid: number;
  invalid: HsdsInvalidRecord[];
  /** Problems of the package itself (rows that belong to no service, organizations, terms): nothing is imported while there are any. */
  problems: HsdsReportedReason[];
  /** True when nothing was (or, in a dry run, would be) imported because of the problems. */
  refused: boolean;
  /** True when nothing was written because the caller asked only to check. */
  dryRun: boolean;
  /** True when the directory was changed. */
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
}

interface Entry {
  index: number;
  id?: string;
  name?: string;
  pointer?: string;
  row?: number;
  reasons: HsdsReason[];
  record?: ResourceRecord;
}

/**
 * Imports an Open Referral HSDS 3.1 file (JSON, or the tabular CSV package) into the agency's
 * directory. Every service is checked against the official schema and read into a resource;
 * every problem is reported with where and why. A file with any invalid service imports
 * nothing unless `acceptValid`; a package problem (outside any service) always refuses it. What
 * is written goes in ONE transaction through `upsertResourcesFromRecords` (matching on the PARS
 * key), with one audit event of counts. An import never makes a confidential resource public,
 * nor drops its private address: HSDS has no such notion, so the directory's word stands.
 */
export async function importHsds(ctx: Ctx, input: HsdsImportInput, options: HsdsImportOptions): Promise<HsdsImportReport> {
  const { agencyId, userId } = actingIn(ctx, 'resource.manage');
  const { entries, problems } = input.format === 'hsds-csv' ? readPackageEntries(input.files) : readJsonEntries('text' in input ? parseJson(input.text) : input.document);
  markDuplicateKeys(entries);
  const valid = entries.filter((entry): entry is Entry & { record: ResourceRecord } => entry.record !== undefined && entry.reasons.length === 0);
  const invalid = entries.filter((entry) => entry.reasons.length > 0 || !entry.record);
  const say = (reason: HsdsReason): HsdsReportedReason => ({ ...reason, message: hsdsReasonText(ctx.locale, reason) });
  const report: HsdsImportReport = {
    format: input.format,
    records: entries.length,
    valid: valid.length,
    invalid: invalid.map(({ record: _record, reasons, ...where }) => ({ ...where, reasons: reasons.map(say) })),
    problems: problems.map(say),
    refused: problems.length > 0 || (invalid.length > 0 && !options.acceptValid),
    dryRun: options.dryRun,
    written: false,
    created: 0,
    updated: 0,
    unchanged: 0,
  };
  if (report.refused || options.dryRun || valid.length === 0) return report;

  const result = await ctx.db.transaction(async (trx) => {
    const records = valid.map((entry) => entry.record);
    const { items: existing } = await findResources(trx, { keys: records.map((record) => record.key), includeRetired: true });
    const confidential = new Map(existing.filter((resource) => resource.confidential).map((resource) => [resource.key, resource]));
    const merged = records.map((record) => {
      const kept = confidential.get(record.key);
      return kept ? { ...record, confidential: true, address: record.address ?? kept.address } : record;
    });
    const upserted = await upsertResourcesFromRecords(trx, agencyId, merged, ctx.now, { by: userId });
    await recordAudit(ctx, trx, {
      type: 'resources.imported',
      details: { format: input.format === 'hsds-json' ? 'json' : 'csv', records: entries.length, created: upserted.inserted, updated: upserted.updated, unchanged: upserted.unchanged, rejected: invalid.length },
    });
    return upserted;
  });
  return { ...report, written: result.inserted + result.updated > 0, created: result.inserted, updated: result.updated, unchanged: result.unchanged };
}

/** A JSON file's text parsed, or where it stops being JSON. */
function parseJson(text: string): unknown {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    const offset = position === undefined ? source.length : Number(position);
    const before = source.slice(0, offset).split('\n');
    throw new AppError('invalid', 'hsds.json_malformed', { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }, { cause: error });
  }
}

/** A JSON document's services: a list of them, one service, or a page of them (HSDS API's `contents`). */
function readJsonEntries(document: unknown): { entries: Entry[]; problems: HsdsReason[] } {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  let services: unknown[];
  let base: string;
  if (Array.isArray(document)) [services, base] = [document, ''];
  else if (isObject(document) && Array.isArray(document.contents)) [services, base] = [document.contents, '/contents'];
  else if (isObject(document) && 'id' in document && 'name' in document) [services, base] = [[document], ''];
  else throw new AppError('invalid', 'hsds.json_not_services', {});
  const single = !Array.isArray(document) && base === '';
  const entries = services.map((value, index): Entry => {
    const pointer = single ? '' : `${base}/${index}`;
    const known = isObject(value) ? value : {};
    const entry: Entry = {
      index,
      ...(typeof known.id === 'string' ? { id: known.id } : {}),
      ...(typeof known.name === 'string' ? { name: known.name } : {}),
      pointer: pointer || '/',
      reasons: validateHsdsObject('service', value),
    };
    // The mapping reads a service the schema accepted; a malformed one is reported as the schema found it.
    if (entry.reasons.length > 0) return entry;
    const { record, reasons } = fromHsdsService(value as HsdsService);
    return { ...entry, reasons, ...(record ? { record } : {}) };
  });
  return { entries, problems: [] };
}

/** A tabular package's services, each assembled from its rows, with its rows' problems placed at their table and row. */
function readPackageEntries(files: HsdsPackageFiles): { entries: Entry[]; problems: HsdsReason[] } {
  const read = readHsdsPackage(files);
  const entries = read.services.map(({ service, row, reasons: rowReasons, place }, index): Entry => {
    const entry: Entry = {
      index,
      ...(typeof service.id === 'string' ? { id: service.id } : {}),
      ...(typeof service.name === 'string' ? { name: service.name } : {}),
      row,
      reasons: rowReasons,
    };
    if (rowReasons.length > 0) return entry;
    const { record, reasons } = fromHsdsService(service);
    return { ...entry, reasons: reasons.map(place), ...(record ? { record } : {}) };
  });
  return { entries, problems: read.problems };
}

/** A resource may appear once per file: the second service with a key is refused, naming the key. */
function markDuplicateKeys(entries: Entry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.record) continue;
    if (seen.has(entry.record.key)) {
      entry.reasons.push({ pointer: '/id', code: 'duplicate_key', params: { key: entry.record.key }, ...(entry.row ? { table: 'services.csv', row: entry.row } : {}) });
      delete entry.record;
    } else {
      seen.add(entry.record.key);
    }
  }
}
