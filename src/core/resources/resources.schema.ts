import { z } from 'zod';
import { ResourcePhone, ResourceRecord, resourceAudiences, resourceCategories } from './resource-record.js';

/** A resource as staff see it: the record, its id, whether it is retired, and its version for edits. */
export const Resource = ResourceRecord.extend({
  id: z.uuid(),
  retired: z.boolean(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Resource = z.infer<typeof Resource>;

/**
 * A number as typed in a form: any common way of writing it (`1 (866) 863-0511`, `416.408.4357`,
 * `686868`); `normalizeResourcePhones` turns it into the record's E.164 or short code.
 */
export const ResourcePhoneInput = ResourcePhone.extend({ dial: z.string().trim().min(1).max(40) });
export type ResourcePhoneInput = z.infer<typeof ResourcePhoneInput>;

/** A new resource: a `ResourceRecord` whose numbers may be written as people write them. */
export const CreateResourceInput = ResourceRecord.extend({ phones: z.array(ResourcePhoneInput).max(10).default([]) });
export type CreateResourceInput = z.infer<typeof CreateResourceInput>;

/** The whole record again, against the version read. The key may be sent back but never changes. */
export const UpdateResourceInput = CreateResourceInput.extend({
  key: ResourceRecord.shape.key.optional(),
  version: z.number().int().positive(),
});
export type UpdateResourceInput = z.infer<typeof UpdateResourceInput>;

/** Retire or restore, against the version read. */
export const ResourceVersionInput = z.strictObject({ version: z.number().int().positive() });
export type ResourceVersionInput = z.infer<typeof ResourceVersionInput>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** The directory's search: filters, a text query (typos and accents forgiven) and a page. */
export const ResourceQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  category: z.enum(resourceCategories).optional(),
  audience: z.enum(resourceAudiences).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
  region: z.string().trim().min(1).max(120).optional(),
  includeRetired: flag.default(false),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ResourceQuery = z.infer<typeof ResourceQuery>;

/** One page of the directory and how many resources match in all. */
export const ResourcePage = z.object({
  items: z.array(Resource),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ResourcePage = z.infer<typeof ResourcePage>;

/** A past state of a resource: what it was before a change, who changed it and when. */
export const ResourceRevision = z.object({
  version: z.number().int(),
  change: z.enum(['updated', 'retired', 'restored', 'imported']),
  changedFields: z.array(z.string()),
  revisedAt: z.string(),
  revisedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  previous: z.unknown(),
});
export type ResourceRevision = z.infer<typeof ResourceRevision>;

/** "I gave this person this resource": the resource and the day (today when left out). */
export const GiveResourceInput = z.strictObject({
  resourceId: z.uuid(),
  givenOn: z.iso.date().optional(),
});
export type GiveResourceInput = z.infer<typeof GiveResourceInput>;

/** A resource given to a participant or a partner. */
export const ResourceReferral = z.object({
  id: z.uuid(),
  resourceId: z.uuid(),
  resourceKey: z.string(),
  resourceName: z.string(),
  resourceNameFr: z.string().nullable(),
  resourceRetired: z.boolean(),
  givenOn: z.string(),
  givenBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type ResourceReferral = z.infer<typeof ResourceReferral>;
