import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/index.js';
import { fromHsdsService, toHsdsService } from './hsds-map.js';
import { type HsdsPackageFiles, hsdsPackageFromServices, readHsdsPackage, writeCsv } from './hsds-tabular.js';
import { hsdsTableColumns } from './hsds-schemas.js';
import { ResourceRecord } from './resource-record.js';
import { fullRecord } from './testing/hsds-fixtures.js';

const created = new Date('2026-11-21T15:00:00Z');
const second = ResourceRecord.parse({ key: 'talk4healing', name: 'Talk4Healing', categories: ['indigenous', 'crisis_line'], phones: [{ kind: 'voice', dial: '+18555544325', display: '1-855-554-4325' }] });
const packageOf = (...records: ResourceRecord[]) => hsdsPackageFromServices(records.map(toHsdsService), created);

/** The specification's tabular example (its tables as JSON) written out as a real package of CSV files. */
function officialTabularExample(): HsdsPackageFiles {
  const tables = JSON.parse(readFileSync(join(import.meta.dirname, '../../../vendor/hsds/examples/tabular.json'), 'utf8')) as Record<string, Record<string, unknown>[]>;
  const files: HsdsPackageFiles = {};
  for (const [path, rows] of Object.entries(tables)) files[path] = writeCsv([...new Set(rows.flatMap((row) => Object.keys(row)))], rows);
  files['datapackage.json'] = JSON.stringify({ profile: 'tabular-data-package', resources: Object.keys(tables).map((path) => ({ path })) });
  return files;
}

/** Replaces one cell of a package's CSV, by row (header = 1) and column name. */
function withCell(files: HsdsPackageFiles, path: string, row: number, column: string, value: string): HsdsPackageFiles {
  const lines = files[path]!.split('\r\n');
  const header = lines[0]!.split(',');
  const cells = lines[row - 1]!.split(',');
  cells[header.indexOf(column)] = value;
  lines[row - 1] = cells.join(',');
  return { ...files, [path]: lines.join('\r\n') };
}

function thrown(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('the tabular data package PARS writes', () => {
  it('lists one CSV per table in datapackage.json, with the schema’s columns as fields', () => {
    const files = packageOf(fullRecord, second);
    const manifest = JSON.parse(files['datapackage.json']!) as { profile: string; resources: { name: string; path: string; schema: { fields: { name: string; type: string }[]; primaryKey: string[] } }[] };
    expect(manifest.profile).toBe('tabular-data-package');
    expect(manifest.resources.map((resource) => resource.path)).toEqual([
      'organizations.csv', 'services.csv', 'attributes.csv', 'service_at_location.csv', 'locations.csv', 'phones.csv', 'addresses.csv', 'schedules.csv', 'service_areas.csv', 'languages.csv', 'taxonomy_terms.csv', 'taxonomies.csv',
    ]);
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...manifest.resources.map((resource) => resource.path)].sort());
    for (const resource of manifest.resources) {
      expect(resource.schema.fields.map((field) => field.name)).toEqual(hsdsTableColumns(resource.name));
      expect(files[resource.path]!.split('\r\n')[0]).toBe(hsdsTableColumns(resource.name).join(','));
    }
    expect(manifest.resources.find((resource) => resource.name === 'phone')?.schema.fields.find((field) => field.name === 'extension')).toMatchObject({ type: 'number' });
  });

  it('reads back as the same services and records, texts with commas, quotation marks and line breaks intact', () => {
    const awkward = ResourceRecord.parse({ ...second, key: 'awkward', name: 'Say "hello", then\r\nleave ', description: ' =1+1, "quoted"' });
    const read = readHsdsPackage(packageOf(fullRecord, second, awkward));
    expect(read.problems).toEqual([]);
    expect(read.services.map((service) => service.reasons)).toEqual([[], [], []]);
    expect(read.services.map(({ service }) => fromHsdsService(service).record)).toEqual([fullRecord, second, awkward]);
  });

  it('shares one organization row between the resources of one provider', () => {
    const files = packageOf(fullRecord, { ...second, provider: fullRecord.provider });
    expect(files['organizations.csv']!.trim().split('\r\n')).toHaveLength(2);
  });
});

describe('reading a tabular package', () => {
  it('accepts every row of the specification’s tabular example', () => {
    const read = readHsdsPackage(officialTabularExample());
    expect(read.problems).toEqual([]);
    expect(read.services).toHaveLength(1);
    expect(read.services[0]?.reasons).toEqual([]);
    expect(read.services[0]?.service).toMatchObject({ name: 'Community Counselling', organization: { name: 'Example Organization Inc.' }, phones: [{ number: '"+44 1234 234567"', extension: 100 }] });
  });

  it('places a problem at its table, row and column', () => {
    const files = withCell(packageOf(fullRecord, second), 'phones.csv', 3, 'number', '1-800-FLOWERS');
    const [first] = readHsdsPackage(files).services;
    const { reasons } = fromHsdsService(first!.service);
    expect(reasons.map(first!.place)).toEqual([{ pointer: '/number', code: 'phone_format', params: { number: '1-800-FLOWERS' }, table: 'phones.csv', row: 3 }]);
  });

  it('checks each row against its object’s schema, and what belongs to no service refuses the package', () => {
    let files = withCell(packageOf(fullRecord, second), 'phones.csv', 2, 'extension', 'twelve');
    files = withCell(files, 'organizations.csv', 2, 'id', 'not-a-uuid');
    files = { ...files, 'schedules.csv': `${files['schedules.csv']}${hsdsTableColumns('schedule').map((column) => ({ id: '0b5f8f4e-4c1a-4a8e-9a43-6f1f3f0f8d11', service_id: '9d3c5a55-6a55-4b9b-8d7f-61c1a6bd2f7e', description: 'Daily' })[column] ?? '').join(',')}\r\n` };
    const read = readHsdsPackage(files);
    expect(read.services[0]?.reasons).toEqual([{ pointer: '/extension', code: 'schema_type', params: { type: 'number' }, table: 'phones.csv', row: 2 }]);
    expect(read.problems).toEqual([
      { pointer: '/service_id', code: 'unknown_service', params: { id: '9d3c5a55-6a55-4b9b-8d7f-61c1a6bd2f7e' }, table: 'schedules.csv', row: 3 },
      { pointer: '/id', code: 'schema_format', params: { format: 'uuid' }, table: 'organizations.csv', row: 2 },
    ]);
  });

  it.each([
    ['no datapackage.json', (files: HsdsPackageFiles) => ({ ...files, 'datapackage.json': undefined }), 'hsds.package_manifest_missing', {}],
    ['a datapackage.json that is not JSON', (files: HsdsPackageFiles) => ({ ...files, 'datapackage.json': '{ resources: [' }), 'hsds.package_manifest_invalid', {}],
    ['a table outside the folder', (files: HsdsPackageFiles) => ({ ...files, 'datapackage.json': JSON.stringify({ resources: [{ name: 'service', path: '../../etc/services.csv' }] }) }), 'hsds.package_path_invalid', { path: '../../etc/services.csv' }],
    ['a listed file that is missing', (files: HsdsPackageFiles) => ({ ...files, 'phones.csv': undefined }), 'hsds.package_file_missing', { file: 'phones.csv' }],
    ['no services table', () => ({ 'datapackage.json': JSON.stringify({ resources: [] }) }), 'hsds.package_no_services', {}],
    ['a quotation mark left open', (files: HsdsPackageFiles) => ({ ...files, 'services.csv': `${files['services.csv']}"unclosed,\r\n` }), 'hsds.csv_malformed', { file: 'services.csv', line: 5 }],
  ])('refuses a package with %s', (_case, change, code, params) => {
    const files = Object.fromEntries(Object.entries(change(packageOf(fullRecord, second))).filter(([, text]) => text !== undefined)) as HsdsPackageFiles;
    const error = thrown(() => readHsdsPackage(files));
    expect({ kind: error.kind, code: error.code, params: error.params }).toEqual({ kind: 'invalid', code, params });
  });
});
