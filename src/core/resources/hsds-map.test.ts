import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hsdsId } from './hsds-ids.js';
import { fromHsdsService, type HsdsService, toDial, toHsdsService } from './hsds-map.js';
import { hsdsReasonText } from './hsds-reason.js';
import { validateHsdsObject } from './hsds-schemas.js';
import { parsTerm } from './hsds-taxonomy.js';
import { ResourceRecord, resourceCategories } from './resource-record.js';
import { fullRecord } from './testing/hsds-fixtures.js';

/** A service as JSON carries it (what a file read back gives). */
const asJson = (service: HsdsService): HsdsService => JSON.parse(JSON.stringify(service)) as HsdsService;
const category = (code: string) => ({ id: hsdsId.part('x', code), taxonomy_term: { ...parsTerm('pars-resource-categories', 'shelter'), id: hsdsId.part('term', code), code } });
/** A service from another system: no PARS key, one PARS category given by its taxonomy's name. */
function foreign(overrides: Partial<HsdsService> = {}): HsdsService {
  return {
    id: 'AC148810-D857-441C-9679-408F346DE14B',
    name: 'Community Counselling',
    status: 'active',
    organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Org', description: 'An organization' },
    attributes: [{ id: 'ae58cc39-8b70-4ab1-8aea-786882e5ac8e', taxonomy_term: { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', code: 'counselling', taxonomy: 'pars-resource-categories' } }],
    ...overrides,
  };
}

describe('a resource as an HSDS service', () => {
  it('passes the official schema and reads back as the same record', () => {
    const service = toHsdsService(fullRecord);
    expect(validateHsdsObject('service', service)).toEqual([]);
    expect(fromHsdsService(asJson(service))).toEqual({ record: fullRecord, reasons: [] });
  });

  it('keeps English in HSDS’s own fields and French in PARS attributes (and the French name as alternate_name)', () => {
    const service = toHsdsService(fullRecord);
    expect(service).toMatchObject({ id: hsdsId.service(fullRecord.key), name: fullRecord.name, alternate_name: fullRecord.nameFr, description: fullRecord.description, eligibility_description: fullRecord.greatFor, status: 'active' });
    const values = Object.fromEntries((service.attributes ?? []).filter((attribute) => attribute.value !== undefined).map((attribute) => [attribute.taxonomy_term?.code, attribute.value]));
    expect(values).toEqual({ key: fullRecord.key, name_fr: fullRecord.nameFr, description_fr: fullRecord.descriptionFr, great_for_fr: fullRecord.greatForFr, hours_fr: fullRecord.hoursFr, free: 'true' });
    expect(service.schedules).toEqual([{ id: expect.any(String), description: '24/7' }]);
    expect(service.service_areas).toEqual([{ id: expect.any(String), name: 'ON' }]);
    expect(service.languages?.map((language) => [language.code, language.name])).toEqual([['en', 'English'], ['fr', 'French'], ['oj', 'Ojibwa'], ['crk', 'Plains Cree']]);
    expect(service.phones?.map((phone) => [phone.number, phone.type])).toEqual([['1-866-863-0511', 'voice'], ['1-866-863-0511', 'textphone'], ['686868', 'text'], ['*677', 'voice']]);
    expect(service.service_at_locations?.[0]?.location?.addresses?.[0]).toMatchObject({ address_1: '123 Main Street', city: 'Toronto', state_province: 'ON', postal_code: 'M5V 1A1', country: 'CA' });
  });

  it('classifies by PARS taxonomy terms with stable ids, names in English and both labels in the description', () => {
    const attributes = toHsdsService(fullRecord).attributes ?? [];
    const shelterless = attributes.filter((attribute) => attribute.link_type === 'category').map((attribute) => attribute.taxonomy_term);
    expect(shelterless).toEqual([
      expect.objectContaining({ id: hsdsId.taxonomyTerm('pars-resource-categories', 'crisis_line'), code: 'crisis_line', name: 'Crisis line', description: 'Crisis line / Ligne de crise', taxonomy_id: hsdsId.taxonomy('pars-resource-categories') }),
      expect.objectContaining({ code: 'francophone', taxonomy_detail: expect.objectContaining({ name: 'pars-resource-categories' }) }),
    ]);
  });

  it('gives a resource without a provider an organization of its own, which does not come back as a provider', () => {
    const { provider: _provider, ...rest } = fullRecord;
    const record = ResourceRecord.parse(rest);
    const service = toHsdsService(record);
    expect(service.organization).toEqual({ id: hsdsId.ownOrganization(record.key), name: record.name, description: record.description });
    expect(fromHsdsService(asJson(service)).record).toEqual(record);
  });

  it('keeps an address that is not written as "street, city, province postal code" whole', () => {
    const record = ResourceRecord.parse({ ...fullRecord, address: 'Unit 4, 12 rue Principale\nGatineau (Québec)' });
    const service = toHsdsService(record);
    expect(service.service_at_locations?.[0]?.location?.addresses?.[0]).toMatchObject({ address_1: record.address, city: '' });
    expect(fromHsdsService(asJson(service)).record?.address).toBe(record.address);
  });

  it('gives HSDS a number it can dial when the number as written is not one, and keeps the written form', () => {
    const record = ResourceRecord.parse({ ...fullRecord, phones: [{ kind: 'voice', dial: '+18003569377', display: '1-800-FLOWERS' }, { kind: 'voice', dial: '+18668630511', display: 'Toll-free 1-866-863-0511' }] });
    const service = toHsdsService(record);
    expect(validateHsdsObject('service', service)).toEqual([]);
    expect(service.phones?.map((phone) => [phone.number, phone.attributes?.map((attribute) => [attribute.taxonomy_term?.code, attribute.value])])).toEqual([
      ['+18003569377', [['phone_display', '1-800-FLOWERS']]],
      ['+18668630511', [['phone_display', 'Toll-free 1-866-863-0511']]],
    ]);
    expect(fromHsdsService(asJson(service)).record).toEqual(record);
  });

  it('refuses a confidential resource outright: a shelter’s address never becomes HSDS', () => {
    expect(() => toHsdsService({ ...fullRecord, confidential: true })).toThrow(/confidential/);
  });
});

describe('reading a service from elsewhere', () => {
  it('keys it by its id, takes the organization as provider, and reads categories by their taxonomy', () => {
    expect(fromHsdsService(foreign())).toEqual({
      record: { key: 'hsds-ac148810-d857-441c-9679-408f346de14b', name: 'Community Counselling', provider: 'Example Org', categories: ['counselling'], audiences: [], languages: [], confidential: false, phones: [] },
      reasons: [],
    });
  });

  it('normalises phones: E.164 for ordinary numbers, digits for short codes, an extension kept in the display', () => {
    const { record } = fromHsdsService(foreign({ phones: [{ id: 'a', number: '(613) 555-0199', extension: 12, type: 'cell' }, { id: 'b', number: '211' }] }));
    expect(record?.phones).toEqual([
      { kind: 'voice', dial: '+16135550199', display: '(613) 555-0199 ext. 12' },
      { kind: 'voice', dial: '211', display: '211' },
    ]);
  });

  it('reads languages as ISO 639 codes (fra and fre are fr)', () => {
    expect(fromHsdsService(foreign({ languages: [{ id: 'a', code: 'fra' }, { id: 'b', code: 'fre' }, { id: 'c', code: 'EN' }, { id: 'd', code: 'oji' }] })).record?.languages).toEqual(['fr', 'en', 'oj']);
  });

  it.each([
    ['1-866-863-0511', '+18668630511'],
    ['613 555 0199', '+16135550199'],
    ['+44 20 7946 0000', '+442079460000'],
    ['686868', '686868'],
    ['211', '211'],
    ['*677', '*677'],
    ['555-0199', undefined],
    ['1234567', undefined],
    ['12', undefined],
    ['1-800-FLOWERS', undefined],
    ['"+44 1234 234567"', undefined],
    ['+1 555 0199', undefined],
  ])('dials %s as %s', (number, dial) => {
    expect(toDial(number)).toBe(dial);
  });

  it('reports every problem of a service at once, each at its pointer and in both languages', () => {
    const service = foreign({
      phones: [
        { id: 'a', number: '1-800-FLOWERS', type: 'voice' },
        { id: 'b', number: '613-555-0199', type: 'video' },
      ],
      languages: [{ id: 'c', name: 'Klingon', code: 'tlh-x-1' }],
      attributes: [category('counselling'), category('hotline'), category('yoga'), { id: 'z', taxonomy_term: { id: 'q', code: 'everyone', taxonomy: 'pars-resource-audiences' } }],
    });
    const { record, reasons } = fromHsdsService(service);
    expect(record).toBeUndefined();
    expect(reasons).toEqual([
      { pointer: '/attributes/1/taxonomy_term/code', code: 'unknown_category', params: { value: 'hotline', accepted: resourceCategories.join(', ') } },
      { pointer: '/attributes/2/taxonomy_term/code', code: 'unknown_category', params: { value: 'yoga', accepted: resourceCategories.join(', ') } },
      { pointer: '/attributes/3/taxonomy_term/code', code: 'unknown_audience', params: { value: 'everyone', accepted: 'person_harmed, person_who_used_violence, friends_family, children_youth, service_providers, anyone' } },
      { pointer: '/languages/0/code', code: 'language_code', params: { code: 'tlh-x-1', name: 'Klingon' } },
      { pointer: '/phones/0/number', code: 'phone_format', params: { number: '1-800-FLOWERS' } },
      { pointer: '/phones/1/type', code: 'phone_type', params: { type: 'video', accepted: 'voice, cell, text, textphone, tty, fax' } },
    ]);
    expect(hsdsReasonText('en-CA', reasons[0]!)).toBe(`/attributes/1/taxonomy_term/code: “hotline” is not a PARS category. Use one of: ${resourceCategories.join(', ')}.`);
    expect(hsdsReasonText('fr-CA', reasons[4]!)).toMatch(/^\/phones\/0\/number : « 1-800-FLOWERS » n'est pas un numéro que PARS peut composer\./);
  });

  it('says when a service has no PARS category at all, listing the accepted ones', () => {
    expect(fromHsdsService(foreign({ attributes: [] })).reasons).toEqual([{ pointer: '/attributes', code: 'no_category', params: { accepted: resourceCategories.join(', ') } }]);
  });

  it('refuses a malformed PARS key, a "free" that is not true or false, and a name too long', () => {
    const field = (code: string, value: string) => ({ id: code, taxonomy_term: { id: hsdsId.taxonomyTerm('pars-resource-fields', code) }, value });
    const { reasons } = fromHsdsService(foreign({ name: 'x'.repeat(301), attributes: [...(foreign().attributes ?? []), field('key', 'Not A Key'), field('free', 'yes')] }));
    expect(reasons).toEqual([
      { pointer: '/attributes/1/value', code: 'key_format', params: { key: 'Not A Key' } },
      { pointer: '/attributes/2/value', code: 'free_value', params: { value: 'yes' } },
      { pointer: '/name', code: 'too_long', params: { max: 300 } },
    ]);
  });

  it('reads the specification’s own example, and says precisely why it is not a PARS resource', () => {
    const service = JSON.parse(readFileSync(join(import.meta.dirname, '../../../vendor/hsds/examples/service_full.json'), 'utf8')) as HsdsService;
    expect(fromHsdsService(service).reasons).toEqual([
      { pointer: '/attributes', code: 'no_category', params: { accepted: resourceCategories.join(', ') } },
      { pointer: '/phones/0/number', code: 'phone_format', params: { number: '"+44 1234 234567"' } },
      { pointer: '/service_areas/0/name', code: 'too_long', params: { max: 120 } },
    ]);
  });
});
