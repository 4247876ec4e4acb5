import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { toE164 } from '../shared/normalize-contact.js';
import { hsdsId } from './hsds-ids.js';
import type { HsdsReason } from './hsds-reason.js';
import { type HsdsTaxonomy, type HsdsTaxonomyTerm, identifyParsTerm, type ParsFieldCode, parsTaxonomy, type ParsTaxonomyCode, parsTerm, parsTermCodes } from './hsds-taxonomy.js';
import { type ResourcePhone, ResourceRecord, resourceAudiences, resourceCategories } from './resource-record.js';

/*
 * ResourceRecord <-> HSDS 3.1 `service`, both ways, pure. The choices (docs in
 * docs/hsds.md): English in HSDS's own fields, French and PARS-only values in
 * attributes of the `pars-resource-fields` taxonomy; the key in a `key` attribute and in the
 * service id (UUID v5 of the key); categories and audiences as attributes of PARS's taxonomies;
 * free-text hours as a schedule's description; the region as a service area; the provider as the
 * organization. A confidential resource is never mapped to HSDS at all.
 */

export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: Partial<HsdsTaxonomyTerm> & { id: string; taxonomy_detail?: Partial<HsdsTaxonomy> };
  value?: string;
  label?: string;
}
export interface HsdsLanguage {
  id: string;
  name?: string;
  code?: string;
  note?: string;
}
export interface HsdsPhone {
  id: string;
  number: string;
  extension?: number;
  type?: string;
  description?: string;
  attributes?: HsdsAttribute[];
}
export interface HsdsSchedule {
  id: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  byday?: string;
}
export interface HsdsServiceArea {
  id: string;
  name?: string;
  description?: string;
}
export interface HsdsAddress {
  id: string;
  address_1: string;
  address_2?: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}
export interface HsdsLocation {
  id: string;
  location_type: string;
  name?: string;
  addresses?: HsdsAddress[];
}
export interface HsdsServiceAtLocation {
  id: string;
  description?: string;
  location?: HsdsLocation;
}
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}
export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  status: string;
  eligibility_description?: string;
  fees_description?: string;
  organization?: HsdsOrganization;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  languages?: HsdsLanguage[];
  service_at_locations?: HsdsServiceAtLocation[];
  attributes?: HsdsAttribute[];
}

/** PARS phone kinds as HSDS phone types (RFC 6350's list: a TTY is a `textphone`). */
const hsdsPhoneType: Record<ResourcePhone['kind'], string> = { voice: 'voice', text: 'text', tty: 'textphone', fax: 'fax' };
/** HSDS phone types PARS can record, and what as. */
const parsPhoneKind: Record<string, ResourcePhone['kind']> = { voice: 'voice', cell: 'voice', text: 'text', textphone: 'tty', tty: 'tty', fax: 'fax' };

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** Provinces and territories, for reading a written address into HSDS's address fields. */
const provincePattern = '(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)';
const canadianAddress = new RegExp(`^(.+), ([^,]+), ${provincePattern} ([A-Z][0-9][A-Z] [0-9][A-Z][0-9])$`);

function attribute(key: string, linkId: string, linkEntity: string, taxonomy: ParsTaxonomyCode, code: string, value?: string): HsdsAttribute {
  const term = parsTerm(taxonomy, code);
  const linkType = taxonomy === 'pars-resource-categories' ? 'category' : taxonomy === 'pars-resource-audiences' ? 'audience' : 'value';
  return {
    id: hsdsId.part(key, `attribute:${linkId}:${taxonomy}:${code}`),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: { ...term, taxonomy_detail: parsTaxonomy(taxonomy) },
    ...(value === undefined ? {} : { value }),
  };
}

/**
 * A resource as an HSDS 3.1 service with its organization and everything nested (the shape of
 * the specification's `service_full` example). Throws for a confidential resource: the export
 * filters them out first, and this is the last line that keeps a shelter's address in PARS.
 */
export function toHsdsService(record: ResourceRecord): HsdsService {
  if (record.confidential) throw new Error('A confidential resource is never exported');
  const { key } = record;
  const id = hsdsId.service(key);
  const field = (code: ParsFieldCode, value: string | undefined) => (value === undefined ? [] : [attribute(key, id, 'service', 'pars-resource-fields', code, value)]);
  const organization: HsdsOrganization = record.provider
    ? { id: hsdsId.organization(record.provider), name: record.provider, description: record.provider }
    : { id: hsdsId.ownOrganization(key), name: record.name, description: record.description ?? record.name };
  const service: HsdsService = {
    id,
    organization_id: organization.id,
    name: record.name,
    ...(record.nameFr ? { alternate_name: record.nameFr } : {}),
    ...(record.description ? { description: record.description } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...(record.email ? { email: record.email } : {}),
    status: 'active',
    ...(record.greatFor ? { eligibility_description: record.greatFor } : {}),
    ...(record.free === undefined ? {} : { fees_description: record.free ? 'Free of charge.' : 'Fees may apply.' }),
    organization,
    phones: record.phones.map((phone, index) => {
      const phoneId = hsdsId.part(key, `phone:${index}`);
      // HSDS readers dial `number`: when the number as written is not one PARS could dial back
      // ("Toll-free: 1-866-…"), HSDS gets the dial string and the written form rides in an attribute.
      const isDialable = toDial(phone.display) === phone.dial;
      const attributes = [
        ...(isDialable ? [] : [attribute(key, phoneId, 'phone', 'pars-resource-fields', 'phone_display', phone.display)]),
        ...(phone.keyword ? [attribute(key, phoneId, 'phone', 'pars-resource-fields', 'phone_keyword', phone.keyword)] : []),
        ...(phone.noteFr ? [attribute(key, phoneId, 'phone', 'pars-resource-fields', 'phone_note_fr', phone.noteFr)] : []),
      ];
      return {
        id: phoneId,
        number: isDialable ? phone.display : phone.dial,
        type: hsdsPhoneType[phone.kind],
        ...(phone.note ? { description: phone.note } : {}),
        ...(attributes.length > 0 ? { attributes } : {}),
      };
    }),
    schedules: record.hours ? [{ id: hsdsId.part(key, 'schedule'), description: record.hours }] : [],
    service_areas: record.region ? [{ id: hsdsId.part(key, 'service-area'), name: record.region }] : [],
    languages: record.languages.map((code) => ({ id: hsdsId.part(key, `language:${code}`), name: languageNames.of(code) ?? code, code })),
    service_at_locations: record.address ? [serviceAtLocation(key, record.name, record.address)] : [],
    attributes: [
      ...field('key', key),
      ...field('name_fr', record.nameFr),
      ...field('description_fr', record.descriptionFr),
      ...field('great_for_fr', record.greatForFr),
      ...field('hours_fr', record.hoursFr),
      ...field('free', record.free === undefined ? undefined : String(record.free)),
      ...record.categories.map((category) => attribute(key, id, 'service', 'pars-resource-categories', category)),
      ...record.audiences.map((audience) => attribute(key, id, 'service', 'pars-resource-audiences', audience)),
    ],
  };
  return service;
}

/** A written address as an HSDS location: split into fields when it reads exactly as "street, city, ON A1A 1A1", else kept whole in address_1. */
function serviceAtLocation(key: string, name: string, address: string): HsdsServiceAtLocation {
  const parts = canadianAddress.exec(address);
  const fields = parts
    ? { address_1: parts[1]!, city: parts[2]!, state_province: parts[3]!, postal_code: parts[4]! }
    : { address_1: address, city: '', state_province: '', postal_code: '' };
  return {
    id: hsdsId.part(key, 'service-at-location'),
    location: {
      id: hsdsId.part(key, 'location'),
      location_type: 'physical',
      name,
      addresses: [{ id: hsdsId.part(key, 'address'), ...fields, country: 'CA', address_type: 'physical' }],
    },
  };
}

/** The result of reading one HSDS service: a record, or every reason it cannot be one. */
export interface FromHsdsResult {
  record?: ResourceRecord;
  reasons: HsdsReason[];
}

/**
 * Reads a service (already checked against the official schema) into a ResourceRecord, collecting
 * every problem rather than stopping at the first: the key, categories and audiences from PARS's
 * taxonomies (other taxonomies are ignored), phones normalised (E.164, or a short code's digits),
 * languages as ISO 639 codes. What HSDS does not know is left as a new resource would have it:
 * not confidential.
 */
export function fromHsdsService(service: HsdsService): FromHsdsResult {
  const reasons: HsdsReason[] = [];
  const at: Partial<Record<string, string>> = {};
  const fields = new Map<ParsFieldCode, { value: string | undefined; pointer: string }>();
  const categories: string[] = [];
  const audiences: string[] = [];
  let unknownCategories = 0;

  for (const [index, attr] of (service.attributes ?? []).entries()) {
    const pointer = `/attributes/${index}`;
    const term = identifyParsTerm(attr.taxonomy_term ?? { id: attr.taxonomy_term_id });
    if (!term) continue;
    const code = term.code ?? '';
    if (term.taxonomy === 'pars-resource-categories') {
      if ((resourceCategories as readonly string[]).includes(code)) categories.push(code);
      else {
        unknownCategories += 1;
        reasons.push({ pointer: `${pointer}/taxonomy_term/code`, code: 'unknown_category', params: { value: code, accepted: resourceCategories.join(', ') } });
      }
    } else if (term.taxonomy === 'pars-resource-audiences') {
      if ((resourceAudiences as readonly string[]).includes(code)) audiences.push(code);
      else reasons.push({ pointer: `${pointer}/taxonomy_term/code`, code: 'unknown_audience', params: { value: code, accepted: resourceAudiences.join(', ') } });
    } else if ((parsTermCodes('pars-resource-fields') as readonly string[]).includes(code)) {
      fields.set(code as ParsFieldCode, { value: attr.value?.trim() || undefined, pointer: `${pointer}/value` });
    }
  }
  if (categories.length === 0 && unknownCategories === 0) reasons.push({ pointer: '/attributes', code: 'no_category', params: { accepted: resourceCategories.join(', ') } });

  const text = (code: ParsFieldCode, name: string) => {
    const found = fields.get(code);
    if (found?.value !== undefined) at[name] = found.pointer;
    return found?.value;
  };
  const keyField = fields.get('key');
  let key = `hsds-${service.id.toLowerCase()}`;
  if (keyField?.value !== undefined) {
    if (/^[a-z0-9][a-z0-9-]{1,79}$/.test(keyField.value)) key = keyField.value;
    else reasons.push({ pointer: keyField.pointer, code: 'key_format', params: { key: keyField.value } });
  }

  const organization = service.organization;
  const provider = organization && organization.id.toLowerCase() !== hsdsId.ownOrganization(key) ? organization.name.trim() || undefined : undefined;
  if (provider) at.provider = '/organization/name';

  const languages: string[] = [];
  for (const [index, language] of (service.languages ?? []).entries()) {
    const code = canonicalLanguage(language.code);
    if (code) {
      if (!languages.includes(code)) languages.push(code);
    } else {
      reasons.push({ pointer: `/languages/${index}/code`, code: 'language_code', params: { code: language.code ?? '', name: language.name ?? '' } });
    }
  }

  const hours = (service.schedules ?? []).map(scheduleText).filter((line): line is string => Boolean(line));
  if (hours.length > 0) at.hours = '/schedules/0/description';
  const areas = (service.service_areas ?? []).map((area) => area.name?.trim() || area.description?.trim()).filter((name): name is string => Boolean(name));
  if (areas.length > 0) at.region = '/service_areas/0/name';
  const address = firstAddress(service);
  if (address) at.address = address.pointer;

  const freeField = fields.get('free');
  let free: boolean | undefined;
  if (freeField?.value !== undefined) {
    if (freeField.value === 'true' || freeField.value === 'false') free = freeField.value === 'true';
    else reasons.push({ pointer: freeField.pointer, code: 'free_value', params: { value: freeField.value } });
  }

  const phones: Partial<ResourcePhone>[] = [];
  for (const [index, phone] of (service.phones ?? []).entries()) {
    const pointer = `/phones/${index}`;
    const kind = parsPhoneKind[(phone.type ?? 'voice').trim().toLowerCase()];
    if (!kind) reasons.push({ pointer: `${pointer}/type`, code: 'phone_type', params: { type: phone.type ?? '', accepted: Object.keys(parsPhoneKind).join(', ') } });
    const dial = toDial(phone.number);
    if (!dial) reasons.push({ pointer: `${pointer}/number`, code: 'phone_format', params: { number: phone.number } });
    const phoneField = (code: ParsFieldCode) =>
      (phone.attributes ?? []).find((attr) => {
        const term = identifyParsTerm(attr.taxonomy_term ?? { id: attr.taxonomy_term_id });
        return term?.taxonomy === 'pars-resource-fields' && term.code === code;
      })?.value?.trim() || undefined;
    const display = phoneField('phone_display') ?? (phone.extension === undefined ? phone.number.trim() : `${phone.number.trim()} ext. ${phone.extension}`);
    phones.push(
      dropUndefined({ kind: kind ?? 'voice', dial: dial ?? '0000', display, keyword: phoneField('phone_keyword'), note: phone.description?.trim() || undefined, noteFr: phoneField('phone_note_fr') }),
    );
  }

  const candidate = dropUndefined({
    key,
    name: service.name,
    nameFr: text('name_fr', 'nameFr'),
    provider,
    description: service.description?.trim() || undefined,
    descriptionFr: text('description_fr', 'descriptionFr'),
    greatFor: service.eligibility_description?.trim() || undefined,
    greatForFr: text('great_for_fr', 'greatForFr'),
    categories: [...new Set(categories)],
    audiences: [...new Set(audiences)],
    languages,
    hours: hours.length > 0 ? hours.join('; ') : undefined,
    hoursFr: text('hours_fr', 'hoursFr'),
    region: areas.length > 0 ? areas.join(', ') : undefined,
    url: service.url?.trim() || undefined,
    email: service.email?.trim() || undefined,
    address: address?.text,
    confidential: false,
    free,
    phones,
  });
  const parsed = ResourceRecord.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, index, sub] = issue.path;
      // Problems the mapping already reported (an unknown category, a bad phone) are not repeated.
      if (field === 'categories' && reasons.some((reason) => reason.code === 'unknown_category' || reason.code === 'no_category')) continue;
      if (field === 'phones' && sub === 'dial') continue;
      const pointer = pointerOf(String(field ?? ''), index, sub, at);
      const maximum = issue.code === 'too_big' && typeof issue.maximum === 'number' ? issue.maximum : undefined;
      reasons.push(maximum === undefined ? { pointer, code: 'value_invalid', params: { field: String(field ?? '') } } : { pointer, code: 'too_long', params: { max: maximum } });
    }
  }
  return reasons.length > 0 || !parsed.success ? { reasons } : { record: parsed.data, reasons };
}

/** Where a ResourceRecord field came from in the service, for a message. */
function pointerOf(field: string, index: PropertyKey | undefined, sub: PropertyKey | undefined, at: Partial<Record<string, string>>): string {
  const direct: Record<string, string> = { name: '/name', description: '/description', greatFor: '/eligibility_description', url: '/url', email: '/email', categories: '/attributes', audiences: '/attributes', languages: '/languages', phones: '/phones' };
  if (field === 'phones' && typeof index === 'number') {
    const phoneField: Record<string, string> = { display: 'number', note: 'description', kind: 'type' };
    return `/phones/${index}${typeof sub === 'string' && phoneField[sub] ? `/${phoneField[sub]}` : ''}`;
  }
  return at[field] ?? direct[field] ?? '';
}

/** A language code as ISO 639 (`fra` and `fre` become `fr`), or undefined when it is not one. */
function canonicalLanguage(code: string | undefined): string | undefined {
  if (!code?.trim()) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(code.trim());
    return canonical && /^[a-z]{2,3}$/.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A phone number as PARS dials it: E.164 for an ordinary number (read as Canadian without a
 * country code), or the digits of a short code (211, 686868, *677). Letters, quotes, a local
 * number without its area code and other invalid numbers give undefined.
 */
export function toDial(number: string): string | undefined {
  const written = number.trim();
  if (!/^\+?[0-9*#(][0-9*#\s().-]*$/.test(written)) return undefined;
  const compact = written.replace(/[\s().-]/g, '');
  if (!written.startsWith('+') && /^[0-9*#]{3,6}$/.test(compact)) return compact;
  if (/[*#]/.test(compact)) return undefined;
  // toE164 (as the directory's forms normalise) accepts any possible length; an import also wants a valid number.
  const e164 = toE164(written);
  return e164 && parsePhoneNumberFromString(e164)?.isValid() ? e164 : undefined;
}

/** A schedule as the text PARS shows: its description, else its opening hours. */
function scheduleText(schedule: HsdsSchedule): string | undefined {
  if (schedule.description?.trim()) return schedule.description.trim();
  if (schedule.opens_at && schedule.closes_at) return `${schedule.byday ? `${schedule.byday} ` : ''}${schedule.opens_at.slice(0, 5)}–${schedule.closes_at.slice(0, 5)}`;
  return undefined;
}

/** The first physical (else any) address of the service's locations, written on one line. */
function firstAddress(service: HsdsService): { text: string; pointer: string } | undefined {
  const all = (service.service_at_locations ?? []).flatMap((link, i) =>
    (link.location?.addresses ?? []).map((address, j) => ({ address, pointer: `/service_at_locations/${i}/location/addresses/${j}` })),
  );
  const chosen = all.find(({ address }) => address.address_type === 'physical') ?? all[0];
  if (!chosen) return undefined;
  const { address } = chosen;
  const provinceAndCode = [address.state_province, address.postal_code].map((part) => part?.trim()).filter(Boolean).join(' ');
  const text = [address.address_1, address.address_2, address.city, provinceAndCode].map((part) => part?.trim()).filter(Boolean).join(', ');
  return text ? { text, pointer: `${chosen.pointer}/address_1` } : undefined;
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
