import { translate } from '../../i18n/translate.js';
import { hsdsId } from './hsds-ids.js';
import { resourceAudiences, resourceCategories } from './resource-record.js';

/**
 * PARS's three HSDS taxonomies. HSDS classifies services through `attribute` links to
 * `taxonomy_term`s; PARS publishes its own terms (stable UUIDs derived from their codes) for
 * what it records and HSDS has no field for:
 * - `pars-resource-categories`: a resource's categories (one attribute per category);
 * - `pars-resource-audiences`: who it is great for;
 * - `pars-resource-fields`: PARS values carried in an attribute's `value` (the stable key, the
 *   French texts, free of charge, a number as written when it is not dialable as written, a
 *   text line's keyword, a phone's French note).
 * A term's `name` is English; its `description` gives the English and French labels.
 */
export const parsTaxonomyCodes = ['pars-resource-categories', 'pars-resource-audiences', 'pars-resource-fields'] as const;
export type ParsTaxonomyCode = (typeof parsTaxonomyCodes)[number];

/** The PARS values HSDS has no field for, carried in attributes of the service (or of a phone). */
export const parsFieldCodes = ['key', 'name_fr', 'description_fr', 'great_for_fr', 'hours_fr', 'free', 'phone_display', 'phone_keyword', 'phone_note_fr'] as const;
export type ParsFieldCode = (typeof parsFieldCodes)[number];

const termCodes: Record<ParsTaxonomyCode, readonly string[]> = {
  'pars-resource-categories': resourceCategories,
  'pars-resource-audiences': resourceAudiences,
  'pars-resource-fields': parsFieldCodes,
};

const messagePrefix: Record<ParsTaxonomyCode, string> = {
  'pars-resource-categories': 'hsds.category',
  'pars-resource-audiences': 'hsds.audience',
  'pars-resource-fields': 'hsds.field',
};

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

/** Bumped when a term's meaning changes (adding terms does not). */
const taxonomyVersion = '1';

/** One PARS taxonomy, as HSDS `taxonomy`. */
export function parsTaxonomy(code: ParsTaxonomyCode): HsdsTaxonomy {
  return {
    id: hsdsId.taxonomy(code),
    name: code,
    description: `${translate('en-CA', `hsds.taxonomy.${code}`)} / ${translate('fr-CA', `hsds.taxonomy.${code}`)}`,
    version: taxonomyVersion,
  };
}

/** One PARS term, as HSDS `taxonomy_term`. */
export function parsTerm(taxonomy: ParsTaxonomyCode, code: string): HsdsTaxonomyTerm {
  const key = `${messagePrefix[taxonomy]}.${code}`;
  const [en, fr] = [translate('en-CA', key), translate('fr-CA', key)];
  return { id: hsdsId.taxonomyTerm(taxonomy, code), code, name: en, description: `${en} / ${fr}`, taxonomy, taxonomy_id: hsdsId.taxonomy(taxonomy), language: 'en' };
}

/** Every PARS taxonomy and term, for a tabular package's taxonomies.csv and taxonomy_terms.csv. */
export function parsTaxonomies(): { taxonomies: HsdsTaxonomy[]; terms: HsdsTaxonomyTerm[] } {
  return {
    taxonomies: parsTaxonomyCodes.map(parsTaxonomy),
    terms: parsTaxonomyCodes.flatMap((taxonomy) => termCodes[taxonomy].map((code) => parsTerm(taxonomy, code))),
  };
}

/** The accepted codes of a taxonomy (for messages naming them). */
export function parsTermCodes(taxonomy: ParsTaxonomyCode): readonly string[] {
  return termCodes[taxonomy];
}

const taxonomyById = new Map(parsTaxonomyCodes.map((code) => [hsdsId.taxonomy(code), code]));
const termById = new Map(parsTaxonomyCodes.flatMap((taxonomy) => termCodes[taxonomy].map((code) => [hsdsId.taxonomyTerm(taxonomy, code), { taxonomy, code }] as const)));

/** A term as an import finds it: nested in an attribute, or only its id. */
export interface TermReference {
  id?: unknown;
  code?: unknown;
  taxonomy?: unknown;
  taxonomy_id?: unknown;
  taxonomy_detail?: { id?: unknown; name?: unknown } | null;
}

/**
 * Which PARS taxonomy a term belongs to, and its code: by its id when it is one of ours, else by
 * its taxonomy (id, or name such as `pars-resource-categories`). Terms of other taxonomies
 * (211 LA, Open Eligibility, …) give `undefined`: an import ignores them.
 */
export function identifyParsTerm(term: TermReference): { taxonomy: ParsTaxonomyCode; code: string | undefined } | undefined {
  const byId = typeof term.id === 'string' ? termById.get(term.id.toLowerCase()) : undefined;
  if (byId) return byId;
  const taxonomyIds = [term.taxonomy_id, term.taxonomy_detail?.id].filter((value): value is string => typeof value === 'string');
  const taxonomyNames = [term.taxonomy, term.taxonomy_detail?.name].filter((value): value is string => typeof value === 'string');
  const taxonomy =
    taxonomyIds.map((id) => taxonomyById.get(id.toLowerCase())).find(Boolean) ??
    parsTaxonomyCodes.find((code) => taxonomyNames.some((name) => name.trim().toLowerCase() === code));
  if (!taxonomy) return undefined;
  return { taxonomy, code: typeof term.code === 'string' ? term.code.trim() : undefined };
}
