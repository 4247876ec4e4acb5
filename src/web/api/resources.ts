import { z } from 'zod/mini';

// The directory's codes, as in `src/core/resources/resource-record.ts` (not imported: it brings zod's full build).
export const resourceCategories = [
  'crisis_line', 'shelter', 'counselling', 'services_for_people_who_used_violence', 'legal', 'indigenous', 'francophone', 'children_youth', 'reading_toolkit', 'film',
] as const;
export const resourceAudiences = ['person_harmed', 'person_who_used_violence', 'friends_family', 'children_youth', 'service_providers', 'anyone'] as const;
export const phoneKinds = ['voice', 'tty', 'text', 'fax'] as const;

/** A number to call, text or fax, as the directory keeps it. */
export const resourcePhoneSchema = z.object({
  kind: z.enum(phoneKinds),
  dial: z.string(),
  display: z.string(),
  keyword: z.optional(z.string()),
  note: z.optional(z.string()),
  noteFr: z.optional(z.string()),
});
export type ResourcePhone = z.infer<typeof resourcePhoneSchema>;

/** `GET /resources/:id`: a directory entry, its version for edits and whether it is retired. */
export const resourceSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  nameFr: z.optional(z.string()),
  provider: z.optional(z.string()),
  description: z.optional(z.string()),
  descriptionFr: z.optional(z.string()),
  greatFor: z.optional(z.string()),
  greatForFr: z.optional(z.string()),
  categories: z.array(z.enum(resourceCategories)),
  audiences: z.array(z.enum(resourceAudiences)),
  languages: z.array(z.string()),
  hours: z.optional(z.string()),
  hoursFr: z.optional(z.string()),
  region: z.optional(z.string()),
  url: z.optional(z.string()),
  email: z.optional(z.string()),
  address: z.optional(z.string()),
  confidential: z.boolean(),
  free: z.optional(z.boolean()),
  phones: z.array(resourcePhoneSchema),
  retired: z.boolean(),
  retiredAt: z.nullable(z.string()),
  version: z.number(),
});
export type Resource = z.infer<typeof resourceSchema>;

/** `GET /resources`: one page of the directory and how many match in all. */
export const resourcePageSchema = z.object({
  items: z.array(resourceSchema),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});
export type ResourcePage = z.infer<typeof resourcePageSchema>;

/** A resource given to a participant. */
export const resourceReferralSchema = z.object({
  id: z.string(),
  resourceId: z.string(),
  resourceName: z.string(),
  resourceNameFr: z.nullable(z.string()),
  resourceRetired: z.boolean(),
  givenOn: z.string(),
  givenBy: z.nullable(z.object({ id: z.string(), name: z.string() })),
});
export type ResourceReferral = z.infer<typeof resourceReferralSchema>;
export const resourceReferralListSchema = z.array(resourceReferralSchema);

/** The directory's filters, as kept in the page's address. */
export interface ResourceFilters {
  q?: string | undefined;
  category?: string | undefined;
  audience?: string | undefined;
  language?: string | undefined;
  region?: string | undefined;
  includeRetired?: boolean | undefined;
  limit: number;
  offset: number;
}

/** `/resources?…` for a search. */
export function resourceSearchPath(filters: ResourceFilters): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'category', 'audience', 'language', 'region'] as const) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  if (filters.includeRetired) params.set('includeRetired', 'true');
  params.set('limit', String(filters.limit));
  params.set('offset', String(filters.offset));
  return `/resources?${params.toString()}`;
}

/** A bilingual text in the reader's language, else the other one. */
export function localText(locale: string, en: string | null | undefined, fr: string | null | undefined): string | undefined {
  const first = locale.startsWith('fr') ? fr : en;
  const second = locale.startsWith('fr') ? en : fr;
  return first ?? second ?? undefined;
}

/** `GET /resources/:id/revisions`: the record as it was before one change, who made it and when (newest first). */
export const resourceRevisionSchema = z.object({
  version: z.number(),
  change: z.enum(['updated', 'retired', 'restored', 'imported']),
  changedFields: z.array(z.string()),
  revisedAt: z.string(),
  revisedBy: z.nullable(z.object({ id: z.string(), name: z.string() })),
  previous: z.unknown(),
});
export type ResourceRevision = z.infer<typeof resourceRevisionSchema>;
export const resourceRevisionListSchema = z.array(resourceRevisionSchema);

/** The export formats of `GET /resources/export?format=…`: HSDS JSON, or the tabular CSV package zipped. */
export const hsdsFormats = ['hsds-json', 'hsds-csv'] as const;
export type HsdsFormat = (typeof hsdsFormats)[number];

/** The largest HSDS JSON file `POST /resources/import` takes (its body limit), in MB. */
export const maxHsdsImportMegabytes = 20;

/** Where in the file and why a record cannot be imported; `message` is in the reader's language. */
export const hsdsReasonSchema = z.object({
  pointer: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  table: z.optional(z.string()),
  row: z.optional(z.number()),
  message: z.string(),
});

/** `POST /resources/import`: every invalid record with its reasons, and what was (or, in a check, would be) written. */
export const hsdsImportReportSchema = z.object({
  format: z.enum(hsdsFormats),
  records: z.number(),
  valid: z.number(),
  invalid: z.array(
    z.object({
      index: z.number(),
      id: z.optional(z.string()),
      name: z.optional(z.string()),
      pointer: z.optional(z.string()),
      row: z.optional(z.number()),
      reasons: z.array(hsdsReasonSchema),
    }),
  ),
  problems: z.array(hsdsReasonSchema),
  refused: z.boolean(),
  dryRun: z.boolean(),
  written: z.boolean(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type HsdsImportReport = z.infer<typeof hsdsImportReportSchema>;
