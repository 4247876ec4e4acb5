import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import type { ResourceAudience, ResourceCategory, ResourcePhone, ResourceRecord } from './resource-record.js';
import type { Resource } from './resources.schema.js';
import type { ResourcePhoneTable, ResourceTable } from './resources.tables.js';

/** How alike (pg_trgm word similarity, accents and case ignored) a query word and a resource's text must be. */
export const searchThreshold = 0.5;

/** What `findResources` can filter on; every filter is optional and they combine with AND. */
export interface ResourceFilter {
  /** Words to find in names, provider, descriptions, "great for" (both languages) and region; typos forgiven. */
  q?: string | undefined;
  category?: ResourceCategory | undefined;
  audience?: ResourceAudience | undefined;
  /** An ISO 639-1 code the resource serves in. */
  language?: string | undefined;
  /** Compared without case or accents (`ON`, `CA`, `Greater Toronto`). */
  region?: string | undefined;
  /** Retired resources are left out unless this is true. */
  includeRetired?: boolean | undefined;
  ids?: readonly string[] | undefined;
  keys?: readonly string[] | undefined;
  /** Sort by the French name when `fr-CA` (without a text query). */
  locale?: 'en-CA' | 'fr-CA' | undefined;
  /** At most this many (all when left out). */
  limit?: number | undefined;
  offset?: number | undefined;
}

/** The words of a query worth matching: letters and digits, two characters or more, at most eight. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
  return [...new Set(words)].slice(0, 8);
}

type ResourceQueryBuilder = SelectQueryBuilder<DB, 'resource', object>;

function filtered(db: Kysely<DB>, filter: ResourceFilter, words: string[]): ResourceQueryBuilder {
  let query = db.selectFrom('resource') as ResourceQueryBuilder;
  if (!filter.includeRetired) query = query.where('resource.retired_at', 'is', null);
  if (filter.ids) query = query.where('resource.id', 'in', [...filter.ids]);
  if (filter.keys) query = query.where('resource.key', 'in', [...filter.keys]);
  if (filter.category) query = query.where(sql<boolean>`${filter.category} = any(resource.categories)`);
  if (filter.audience) query = query.where(sql<boolean>`${filter.audience} = any(resource.audiences)`);
  if (filter.language) query = query.where(sql<boolean>`${filter.language} = any(resource.languages)`);
  if (filter.region) query = query.where(sql<boolean>`pars_search_fold(resource.region) = pars_search_fold(${filter.region})`);
  // Every word must be found (a typo or a missing accent still finds it).
  for (const word of words) query = query.where(sql<boolean>`word_similarity(pars_search_fold(${word}), resource.search_text) >= ${searchThreshold}`);
  return query;
}

/**
 * The resources matching a filter, with how many match in all (for paging). With a text query
 * they are ranked (a word found in a name counts double), otherwise sorted by name in the
 * reader's language. Runs under the caller's row-level security: one agency's directory.
 */
export async function findResources(db: Kysely<DB>, filter: ResourceFilter = {}): Promise<{ items: Resource[]; total: number }> {
  if (filter.ids?.length === 0 || filter.keys?.length === 0) return { items: [], total: 0 };
  const words = searchWords(filter.q);
  const base = filtered(db, filter, words);
  const counted = await base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rank = words.length === 0
    ? sql<number>`0`
    : sql<number>`(${sql.join(words.map((word) => sql`2 * word_similarity(pars_search_fold(${word}), resource.search_name) + word_similarity(pars_search_fold(${word}), resource.search_text)`), sql` + `)})`;
  const byName = filter.locale === 'fr-CA' ? sql`pars_search_fold(coalesce(resource.name_fr, resource.name))` : sql`pars_search_fold(resource.name)`;
  let page = base.selectAll('resource').select(rank.as('rank')).orderBy(sql`rank`, 'desc').orderBy(byName).orderBy('resource.key');
  if (filter.limit !== undefined) page = page.limit(filter.limit);
  if (filter.offset) page = page.offset(filter.offset);
  const rows = await page.execute();
  const phones = await findPhones(db, rows.map((row) => row.id));
  return { items: rows.map((row) => toResource(row, phones.get(row.id) ?? [])), total: Number(counted.total) };
}

/** One resource of the agency (retired or not), or `resources.not_found`. */
export async function getResource(db: Kysely<DB>, resourceId: string): Promise<Resource> {
  const { items } = await findResources(db, { ids: [resourceId], includeRetired: true });
  const resource = items[0];
  if (!resource) throw new AppError('not_found', 'resources.not_found', {});
  return resource;
}

/** The numbers of these resources, in order. */
async function findPhones(db: Kysely<DB>, resourceIds: string[]): Promise<Map<string, ResourcePhone[]>> {
  const byResource = new Map<string, ResourcePhone[]>();
  if (resourceIds.length === 0) return byResource;
  const rows = await db.selectFrom('resource_phone').selectAll().where('resource_id', 'in', resourceIds).orderBy('resource_id').orderBy('position').execute();
  for (const row of rows) {
    const list = byResource.get(row.resource_id) ?? [];
    list.push(toPhone(row));
    byResource.set(row.resource_id, list);
  }
  return byResource;
}

/** Copies the keys whose value is not null (the record leaves absent fields out). */
function present<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as { [K in keyof T]?: Exclude<T[K], null> };
}

function toPhone(row: ResourcePhoneTable): ResourcePhone {
  return { kind: row.kind, dial: row.dial, display: row.display, ...present({ keyword: row.keyword, note: row.note, noteFr: row.note_fr }) };
}

type ResourceRow = Selectable<ResourceTable>;

/** The record part of a row, as `ResourceRecord` shapes it (absent fields left out). */
function toResourceRecord(row: ResourceRow, phones: ResourcePhone[]): ResourceRecord {
  return {
    key: row.key,
    name: row.name,
    ...present({
      nameFr: row.name_fr,
      provider: row.provider,
      description: row.description,
      descriptionFr: row.description_fr,
      greatFor: row.great_for,
      greatForFr: row.great_for_fr,
    }),
    categories: row.categories,
    audiences: row.audiences,
    languages: row.languages,
    ...present({ hours: row.hours, hoursFr: row.hours_fr, region: row.region, url: row.url, email: row.email, address: row.address }),
    confidential: row.confidential,
    ...present({ free: row.free }),
    phones,
  };
}

/** The record part of a resource (what revisions keep and HSDS exports). */
export function recordOf(resource: Resource): ResourceRecord {
  const { id: _id, retired: _retired, retiredAt: _retiredAt, createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...record } = resource;
  return record;
}

function toResource(row: ResourceRow, phones: ResourcePhone[]): Resource {
  return {
    id: row.id,
    ...toResourceRecord(row, phones),
    retired: row.retired_at !== null,
    retiredAt: row.retired_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
