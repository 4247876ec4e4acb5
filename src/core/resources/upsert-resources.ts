import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import { ResourceRecord } from './resource-record.js';
import { findResources, recordOf } from './resources.queries.js';
import type { ResourceRevisionTable } from './resources.tables.js';

/** The record fields, in the order an audit event or a revision names them. */
export const resourceFields = Object.keys(ResourceRecord.shape) as (keyof ResourceRecord)[];

/** The fields whose values differ between two records (arrays compared in order). */
export function changedResourceFields(before: ResourceRecord, after: ResourceRecord): (keyof ResourceRecord)[] {
  return resourceFields.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

function toColumns(record: ResourceRecord) {
  return {
    key: record.key,
    name: record.name,
    name_fr: record.nameFr ?? null,
    provider: record.provider ?? null,
    description: record.description ?? null,
    description_fr: record.descriptionFr ?? null,
    great_for: record.greatFor ?? null,
    great_for_fr: record.greatForFr ?? null,
    categories: record.categories,
    audiences: record.audiences,
    languages: record.languages,
    hours: record.hours ?? null,
    hours_fr: record.hoursFr ?? null,
    region: record.region ?? null,
    url: record.url ?? null,
    email: record.email ?? null,
    address: record.address ?? null,
    confidential: record.confidential,
    free: record.free ?? null,
  };
}

async function insertPhones(db: Kysely<DB>, agencyId: string, resourceId: string, record: ResourceRecord): Promise<void> {
  if (record.phones.length === 0) return;
  await db
    .insertInto('resource_phone')
    .values(record.phones.map((phone, index) => ({
      agency_id: agencyId,
      resource_id: resourceId,
      position: index + 1,
      kind: phone.kind,
      dial: phone.dial,
      display: phone.display,
      keyword: phone.keyword ?? null,
      note: phone.note ?? null,
      note_fr: phone.noteFr ?? null,
    })))
    .execute();
}

/** Writes a new resource and its numbers; returns its id. The key must be free (unique per agency). */
export async function insertResource(db: Kysely<DB>, agencyId: string, record: ResourceRecord, options: { by: string | null; now: Date }): Promise<string> {
  const { id } = await db
    .insertInto('resource')
    .values({ agency_id: agencyId, ...toColumns(record), created_by: options.by, updated_at: options.now, updated_by: options.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertPhones(db, agencyId, id, record);
  return id;
}

/**
 * Replaces a resource's record (not its key) and numbers if it still has `version`, keeping the
 * old record as a revision; returns false when someone changed it first.
 */
export async function replaceResource(
  db: Kysely<DB>,
  agencyId: string,
  resourceId: string,
  change: { before: ResourceRecord; after: ResourceRecord; version: number; kind: ResourceRevisionTable['change'] },
  options: { by: string | null; now: Date },
): Promise<boolean> {
  const { key: _key, ...columns } = toColumns(change.after);
  const updated = await db
    .updateTable('resource')
    .set((eb) => ({ ...columns, updated_at: options.now, updated_by: options.by, version: eb('version', '+', 1) }))
    .where('id', '=', resourceId)
    .where('version', '=', change.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return false;
  await db.deleteFrom('resource_phone').where('resource_id', '=', resourceId).execute();
  await insertPhones(db, agencyId, resourceId, change.after);
  await insertRevision(db, agencyId, resourceId, { ...change, fields: changedResourceFields(change.before, change.after) }, options);
  return true;
}

/** Keeps the record as it was before a change (version `version`), who changed it and when. */
export async function insertRevision(
  db: Kysely<DB>,
  agencyId: string,
  resourceId: string,
  change: { before: ResourceRecord; version: number; kind: ResourceRevisionTable['change']; fields: readonly string[] },
  options: { by: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('resource_revision')
    .values({
      agency_id: agencyId,
      resource_id: resourceId,
      version: change.version,
      change: change.kind,
      changed_fields: [...change.fields],
      previous: JSON.stringify(change.before),
      revised_at: options.now,
      revised_by: options.by,
    })
    .execute();
}

/** What `upsertResourcesFromRecords` did, by number of records. */
export interface UpsertResourcesResult {
  inserted: number;
  updated: number;
  /** Records equal to what the agency already has, or left alone because of `onlyNew`. */
  unchanged: number;
}

/**
 * Writes records into an agency's directory inside the caller's transaction (`trx` scoped to
 * that agency): a key the agency does not have is inserted; an existing key is updated in place
 * (same id, version + 1, the old record kept as an `imported` revision) unless the record is
 * already equal, or `onlyNew` says never to touch existing ones (the defaults loader: an agency's
 * edits always win). Retirement is left as it is: a retired resource stays retired. Records are
 * validated with `ResourceRecord` first (numbers must already be E.164 or short codes); the
 * caller records its own audit event (ids and counts only).
 */
export async function upsertResourcesFromRecords(
  trx: Kysely<DB>,
  agencyId: string,
  records: readonly ResourceRecord[],
  now: Date,
  options: { by?: string | null; onlyNew?: boolean } = {},
): Promise<UpsertResourcesResult> {
  const valid = records.map((record, index) => {
    const parsed = ResourceRecord.safeParse(record);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: ['records', index, ...issue.path].join('.'), code: issue.code }));
      throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
    }
    return parsed.data;
  });
  const by = options.by ?? null;
  const { items: existing } = await findResources(trx, { keys: valid.map((record) => record.key), includeRetired: true });
  const byKey = new Map(existing.map((resource) => [resource.key, resource]));
  const result: UpsertResourcesResult = { inserted: 0, updated: 0, unchanged: 0 };
  for (const record of valid) {
    const current = byKey.get(record.key);
    if (!current) {
      const id = await insertResource(trx, agencyId, record, { by, now });
      byKey.set(record.key, { ...record, id, retired: false, retiredAt: null, createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1 });
      result.inserted += 1;
      continue;
    }
    const before = recordOf(current);
    if (options.onlyNew || changedResourceFields(before, record).length === 0) {
      result.unchanged += 1;
      continue;
    }
    const saved = await replaceResource(trx, agencyId, current.id, { before, after: record, version: current.version, kind: 'imported' }, { by, now });
    if (!saved) throw new AppError('conflict', 'resources.stale_resource', {});
    byKey.set(record.key, { ...current, ...record, version: current.version + 1 });
    result.updated += 1;
  }
  return result;
}
