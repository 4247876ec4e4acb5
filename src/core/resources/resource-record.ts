import { z } from 'zod';

/**
 * A community resource as PARS keeps it, independent of storage and of HSDS: what the directory
 * shows, what packs print and what HSDS import/export maps to and from. Bilingual texts are
 * pairs; the French may be missing for a resource that exists only in English (and vice versa).
 */
export const resourceCategories = [
  'crisis_line',
  'shelter',
  'counselling',
  'services_for_people_who_used_violence',
  'legal',
  'indigenous',
  'francophone',
  'children_youth',
  'reading_toolkit',
  'film',
] as const;
export type ResourceCategory = (typeof resourceCategories)[number];

/** Who a resource is "great for". */
export const resourceAudiences = ['person_harmed', 'person_who_used_violence', 'friends_family', 'children_youth', 'service_providers', 'anyone'] as const;
export type ResourceAudience = (typeof resourceAudiences)[number];

export const phoneKinds = ['voice', 'tty', 'text', 'fax'] as const;

/**
 * A number to call or text. `dial` is E.164 (`+18668630511`) for ordinary numbers and a dial
 * string for short codes and text numbers (`686868`, `45645`); `display` is how the seed writes
 * it (`1-866-863-0511`); `keyword` is what to text (`CONNECT`).
 */
export const ResourcePhone = z.strictObject({
  kind: z.enum(phoneKinds),
  dial: z.string().regex(/^(\+[1-9][0-9]{7,14}|[0-9*#]{3,10})$/),
  display: z.string().trim().min(1).max(40),
  keyword: z.string().trim().min(1).max(40).optional(),
  note: z.string().trim().min(1).max(200).optional(),
  noteFr: z.string().trim().min(1).max(200).optional(),
});
export type ResourcePhone = z.infer<typeof ResourcePhone>;

const text = (max: number) => z.string().trim().min(1).max(max);

export const ResourceRecord = z.strictObject({
  /** Stable across agencies and imports (`assaulted-womens-helpline`): the HSDS id maps to it. */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/),
  name: text(300),
  nameFr: text(300).optional(),
  /** Who runs or wrote it ("By: …"). */
  provider: text(300).optional(),
  description: text(4000).optional(),
  descriptionFr: text(4000).optional(),
  /** The seeds' "Great for" sentence. */
  greatFor: text(2000).optional(),
  greatForFr: text(2000).optional(),
  categories: z.array(z.enum(resourceCategories)).min(1).max(10),
  audiences: z.array(z.enum(resourceAudiences)).max(6).default([]),
  /** ISO 639-1 codes of the languages service is offered in (`en`, `fr`, …). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(40).default([]),
  /** Free text as published ("24/7", "Monday to Friday 9–5"). */
  hours: text(300).optional(),
  hoursFr: text(300).optional(),
  /** `ON`, `CA` (national), or a region name such as "Greater Toronto". */
  region: text(120).optional(),
  url: z.url().max(2000).optional(),
  email: z.email().max(254).optional(),
  /** A street address (shelters: usually confidential). */
  address: text(500).optional(),
  /** Never leaves PARS: not exported, not printed for partners' packs unless the worker chooses. */
  confidential: z.boolean().default(false),
  free: z.boolean().optional(),
  phones: z.array(ResourcePhone).max(10).default([]),
});
export type ResourceRecord = z.infer<typeof ResourceRecord>;
