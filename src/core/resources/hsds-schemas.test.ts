import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { hsdsId, uuidV5 } from './hsds-ids.js';
import { hsdsObjectSchemas, hsdsTableColumns, validateHsdsObject, validateHsdsRow } from './hsds-schemas.js';

const vendor = join(import.meta.dirname, '../../../vendor/hsds');
const example = (name: string) => JSON.parse(readFileSync(join(vendor, 'examples', name), 'utf8')) as Record<string, unknown>;

describe('the vendored HSDS 3.1 schemas', () => {
  it.each([
    ['service_full.json', 'service'],
    ['organization_full.json', 'organization'],
    ['service_at_location_full.json', 'service_at_location'],
    ['location.json', 'location'],
    ['taxonomy.json', 'taxonomy'],
    ['taxonomy_term.json', 'taxonomy_term'],
  ])('accept the specification’s example %s as a %s', (file, schema) => {
    expect(validateHsdsObject(schema, example(file))).toEqual([]);
  });

  it.each([
    ['service_list.json', 'service'],
    ['organization_list.json', 'organization'],
    ['service_at_location_list.json', 'service_at_location'],
    ['taxonomy_list.json', 'taxonomy'],
    ['taxonomy_term_list.json', 'taxonomy_term'],
  ])('accept every item of the paged example %s as a %s, and its page fields', (file, schema) => {
    const page = example(file);
    const contents = page.contents as unknown[];
    expect(contents.length).toBeGreaterThan(0);
    for (const item of contents) expect(validateHsdsObject(schema, item)).toEqual([]);
    expect(openApiValidator('#/components/schemas/Page')(page)).toBe(true);
  });

  it('accept base.json as the API root document the OpenAPI file describes', () => {
    expect(openApiValidator('#/paths/~1/get/responses/200/content/application~1json/schema')(example('base.json'))).toBe(true);
  });

  it('find what is wrong with a service, each problem at its JSON pointer', () => {
    const service: Record<string, unknown> = { ...example('service_full.json'), id: 'not-a-uuid', status: 'open', minimum_age: 'twelve' };
    delete service.name;
    expect(validateHsdsObject('service', service)).toEqual(
      expect.arrayContaining([
        { pointer: '/id', code: 'schema_format', params: { format: 'uuid' } },
        { pointer: '/name', code: 'schema_required', params: {} },
        { pointer: '/status', code: 'schema_enum', params: { values: 'active, inactive, defunct, temporarily closed' } },
        { pointer: '/minimum_age', code: 'schema_type', params: { type: 'number' } },
      ]),
    );
    expect(validateHsdsObject('service', { ...example('service_full.json'), phones: [{ id: 'x' }] }, '/3')).toEqual(
      expect.arrayContaining([
        { pointer: '/3/phones/0/id', code: 'schema_format', params: { format: 'uuid' } },
        { pointer: '/3/phones/0/number', code: 'schema_required', params: {} },
      ]),
    );
  });

  it('require the columns HSDS requires in tables (a service row names its organization)', () => {
    const row = { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Counselling', status: 'active' };
    expect(validateHsdsObject('service', row)).toEqual([]);
    expect(validateHsdsRow('service', row)).toEqual([{ pointer: '/organization_id', code: 'schema_required', params: {} }]);
  });

  it('list the tables in the specification’s order, with their scalar columns', () => {
    expect(hsdsObjectSchemas().map((schema) => schema.path).slice(0, 3)).toEqual(['organizations.csv', 'programs.csv', 'services.csv']);
    expect(hsdsTableColumns('phone')).toEqual(['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description']);
  });
});

describe('HSDS ids', () => {
  it('are RFC 9562 version 5 UUIDs (the RFC’s own DNS example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('are the same for the same key in every agency and export, and differ between keys', () => {
    expect(hsdsId.service('assaulted-womens-helpline')).toBe(hsdsId.service('assaulted-womens-helpline'));
    expect(hsdsId.service('assaulted-womens-helpline')).not.toBe(hsdsId.service('talk4healing'));
    expect(hsdsId.service('talk4healing')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

/** A validator for a schema inside the OpenAPI file (the API's own documents, which have no schema file). */
function openApiValidator(ref: string) {
  const ajv = new Ajv2020({ strict: false });
  addFormatsModule.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(vendor, 'schema', 'openapi.json'), 'utf8')) as object, 'openapi');
  return ajv.compile({ $ref: `openapi${ref}` });
}
