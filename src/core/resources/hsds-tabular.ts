import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../shared/index.js';
import type { HsdsAttribute, HsdsOrganization, HsdsPhone, HsdsService } from './hsds-map.js';
import type { HsdsReason } from './hsds-reason.js';
import { hsdsObjectSchema, hsdsObjectSchemas, hsdsTableColumns, validateHsdsRow } from './hsds-schemas.js';
import { parsTaxonomies } from './hsds-taxonomy.js';

/*
 * HSDS's tabular form: a Frictionless tabular data package, `datapackage.json` plus one CSV per
 * HSDS object (services.csv, phones.csv, attributes.csv, …), rows linked by `*_id` columns.
 * Every table's columns are its object's non-list properties, in schema order; each row is
 * checked against its object's official schema with HSDS's `tabular_required` columns required.
 */

type Row = Record<string, unknown>;
/** A CSV file's text by its name in the package folder (`services.csv`, `datapackage.json`). */
export type HsdsPackageFiles = Record<string, string>;

/** The tables PARS writes, by HSDS object name; the others are read (and checked) but not needed. */
const writtenTables = ['organization', 'service', 'phone', 'schedule', 'service_area', 'language', 'service_at_location', 'location', 'address', 'attribute', 'taxonomy', 'taxonomy_term'] as const;

/** A CSV cell as text: RFC 4180 quoting, never a formula of our own making (values are written as stored). */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text (UTF-8 without a byte-order mark, CRLF line ends, header row). */
export function writeCsv(columns: readonly string[], rows: readonly Row[]): string {
  return [columns.map(cell).join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].map((line) => `${line}\r\n`).join('');
}

/** Frictionless field types for HSDS property types. */
function fieldDescriptor(table: string, column: string): Record<string, unknown> {
  const property = hsdsObjectSchema(table).properties[column] ?? {};
  const type = property.datapackage_type ?? (property.type === 'number' || property.type === 'integer' ? 'number' : 'string');
  const format = property.format && ['uuid', 'email', 'uri'].includes(property.format) ? property.format : undefined;
  const schema = hsdsObjectSchema(table);
  const required = [...(schema.required ?? []), ...(schema.tabular_required ?? [])].includes(column);
  return {
    name: column,
    type,
    ...(format ? { format } : {}),
    ...(property.title ? { title: property.title } : {}),
    ...(required || column === 'id' ? { constraints: { ...(required ? { required: true } : {}), ...(column === 'id' ? { unique: true } : {}) } } : {}),
  };
}

/** The services (as `toHsdsService` makes them) as a tabular data package: datapackage.json and its CSV files. */
export function hsdsPackageFromServices(services: readonly HsdsService[], created: Date): HsdsPackageFiles {
  const tables = new Map<string, Row[]>(writtenTables.map((name) => [name, []]));
  const push = (table: (typeof writtenTables)[number], row: Row) => tables.get(table)!.push(row);
  const organizations = new Map<string, HsdsOrganization>();
  const attributeRow = ({ taxonomy_term: _term, ...attribute }: HsdsAttribute) => attribute;
  for (const service of services) {
    const { organization, phones, schedules, service_areas, languages, service_at_locations, attributes, ...scalars } = service;
    if (organization) organizations.set(organization.id, organization);
    push('service', scalars);
    for (const { attributes: phoneAttributes, ...phone } of phones ?? []) {
      push('phone', { ...phone, service_id: service.id });
      for (const attribute of phoneAttributes ?? []) push('attribute', attributeRow(attribute));
    }
    for (const schedule of schedules ?? []) push('schedule', { ...schedule, service_id: service.id });
    for (const area of service_areas ?? []) push('service_area', { ...area, service_id: service.id });
    for (const language of languages ?? []) push('language', { ...language, service_id: service.id });
    for (const { location, ...link } of service_at_locations ?? []) {
      if (!location) continue;
      const { addresses, ...place } = location;
      push('service_at_location', { ...link, service_id: service.id, location_id: location.id });
      push('location', place);
      for (const address of addresses ?? []) push('address', { ...address, location_id: location.id });
    }
    for (const attribute of attributes ?? []) push('attribute', attributeRow(attribute));
  }
  tables.set('organization', [...organizations.values()] as unknown as Row[]);
  const taxonomies = parsTaxonomies();
  tables.set('taxonomy', taxonomies.taxonomies as unknown as Row[]);
  tables.set('taxonomy_term', taxonomies.terms as unknown as Row[]);

  const files: HsdsPackageFiles = {};
  const resources = [];
  for (const schema of hsdsObjectSchemas().filter((candidate) => (writtenTables as readonly string[]).includes(candidate.name))) {
    const columns = hsdsTableColumns(schema.name);
    files[schema.path] = writeCsv(columns, tables.get(schema.name) ?? []);
    resources.push({
      name: schema.name,
      path: schema.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...(schema.description ? { description: schema.description } : {}),
      schema: { fields: columns.map((column) => fieldDescriptor(schema.name, column)), primaryKey: ['id'] },
    });
  }
  const datapackage = {
    profile: 'tabular-data-package',
    name: 'pars-resource-directory',
    title: 'Community resource directory (Open Referral HSDS 3.1)',
    created: created.toISOString(),
    resources,
  };
  return { 'datapackage.json': `${JSON.stringify(datapackage, null, 2)}\n`, ...files };
}

/** Where a part of an assembled service came from: its table and row (the header being row 1). */
interface Origin {
  table: string;
  row: number;
}

/** One service assembled from a package's tables, with its rows' problems and a way to place a later problem. */
export interface TabularService {
  service: HsdsService;
  /** The service's row in services.csv. */
  row: number;
  /** Problems of the rows that make up this service (schema checks), already placed. */
  reasons: HsdsReason[];
  /** A reason about the assembled service (pointer into it) placed at its table, row and column. */
  place: (reason: HsdsReason) => HsdsReason;
}

export interface TabularRead {
  services: TabularService[];
  /** Problems of rows that belong to no service being imported (organizations, taxonomies, stray rows): they refuse the whole package. */
  problems: HsdsReason[];
}

interface TableRow {
  values: Row;
  origin: Origin;
  reasons: HsdsReason[];
}

/** A package file name: plain, in the package's own folder (never a path elsewhere). */
const safePath = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.csv$/;

/**
 * Reads a tabular data package: datapackage.json lists the tables, each CSV is parsed and every
 * row checked against its HSDS object schema; the services are then assembled with their
 * phones, schedules, areas, languages, locations, organization and attributes (terms resolved
 * from taxonomy_terms.csv). A package that cannot be read at all throws.
 */
export function readHsdsPackage(files: HsdsPackageFiles): TabularRead {
  const manifestText = files['datapackage.json'];
  if (manifestText === undefined) throw new AppError('invalid', 'hsds.package_manifest_missing', {});
  let manifest: { resources?: unknown };
  try {
    manifest = JSON.parse(stripBom(manifestText)) as { resources?: unknown };
  } catch {
    throw new AppError('invalid', 'hsds.package_manifest_invalid', {});
  }
  if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.resources)) throw new AppError('invalid', 'hsds.package_manifest_invalid', {});

  const knownTables = new Map(hsdsObjectSchemas().map((schema) => [schema.path, schema.name]));
  const tables = new Map<string, TableRow[]>();
  for (const resource of manifest.resources as { name?: unknown; path?: unknown }[]) {
    const path = typeof resource?.path === 'string' ? resource.path : '';
    // HSDS tables are known by their file name; a package may carry other (extension) tables, which are not read.
    const table = knownTables.get(path) ?? (typeof resource?.name === 'string' && hsdsObjectSchemas().find((schema) => schema.name === resource.name)?.name);
    if (!table) continue;
    if (!safePath.test(path)) throw new AppError('invalid', 'hsds.package_path_invalid', { path: String(resource.path).slice(0, 100) });
    const text = files[path];
    if (text === undefined) throw new AppError('invalid', 'hsds.package_file_missing', { file: path });
    tables.set(table, readTable(table, path, text));
  }
  if (!tables.has('service')) throw new AppError('invalid', 'hsds.package_no_services', {});
  return assemble(tables);
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** One CSV table's rows, typed by the object's schema (numbers as numbers, empty cells absent) and checked. */
function readTable(table: string, path: string, text: string): TableRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(stripBom(text), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    if (error instanceof CsvError) throw new AppError('invalid', 'hsds.csv_malformed', { file: path, line: Number(error.lines ?? 0) || 1 }, { cause: error });
    throw error;
  }
  const properties = hsdsObjectSchema(table).properties;
  return records.map((record, index) => {
    const origin = { table: path, row: index + 2 };
    const values: Row = {};
    for (const [column, raw] of Object.entries(record)) {
      if (raw === '') continue;
      const type = properties[column]?.type;
      const number = Number(raw);
      values[column] = (type === 'number' || type === 'integer') && raw.trim() !== '' && Number.isFinite(number) ? number : raw;
    }
    const reasons = validateHsdsRow(table, values).map((reason) => ({ ...reason, ...origin }));
    return { values, origin, reasons };
  });
}

function assemble(tables: Map<string, TableRow[]>): TabularRead {
  const rowsOf = (table: string) => tables.get(table) ?? [];
  const used = new Set<TableRow>();
  const problems: HsdsReason[] = [];
  const byKey = (table: string, column: string) => {
    const index = new Map<string, TableRow[]>();
    for (const row of rowsOf(table)) {
      const value = row.values[column];
      if (typeof value !== 'string') continue;
      const key = value.toLowerCase();
      index.set(key, [...(index.get(key) ?? []), row]);
    }
    return (value: unknown) => (typeof value === 'string' ? (index.get(value.toLowerCase()) ?? []) : []);
  };
  const organizationById = byKey('organization', 'id');
  const termById = byKey('taxonomy_term', 'id');
  const taxonomyById = byKey('taxonomy', 'id');
  const locationById = byKey('location', 'id');
  const phonesOf = byKey('phone', 'service_id');
  const schedulesOf = byKey('schedule', 'service_id');
  const areasOf = byKey('service_area', 'service_id');
  const languagesOf = byKey('language', 'service_id');
  const linksOf = byKey('service_at_location', 'service_id');
  const addressesOf = byKey('address', 'location_id');
  const attributesOf = byKey('attribute', 'link_id');
  const serviceIds = new Set(rowsOf('service').map((row) => String(row.values.id ?? '').toLowerCase()));

  const services: TabularService[] = [];
  for (const serviceRow of rowsOf('service')) {
    const origins = new Map<string, Origin>([['', serviceRow.origin]]);
    const reasons = [...serviceRow.reasons];
    used.add(serviceRow);
    const own = (row: TableRow, pointer: string) => {
      origins.set(pointer, row.origin);
      reasons.push(...row.reasons);
      used.add(row);
      return row.values;
    };
    const attributesFor = (linkId: unknown, pointer: string): HsdsAttribute[] =>
      attributesOf(linkId).map((row, index) => {
        const attribute = own(row, `${pointer}/attributes/${index}`) as unknown as HsdsAttribute;
        const term = termById(attribute.taxonomy_term_id)[0];
        if (!term) return attribute;
        origins.set(`${pointer}/attributes/${index}/taxonomy_term`, term.origin);
        const taxonomy = taxonomyById(term.values.taxonomy_id)[0];
        return { ...attribute, taxonomy_term: { ...(term.values as { id: string }), ...(taxonomy ? { taxonomy_detail: taxonomy.values } : {}) } };
      });

    const id = serviceRow.values.id;
    const organization = organizationById(serviceRow.values.organization_id)[0];
    if (organization) origins.set('/organization', organization.origin);
    const service = {
      ...serviceRow.values,
      ...(organization ? { organization: organization.values } : {}),
      phones: phonesOf(id).map((row, index) => {
        const phone = own(row, `/phones/${index}`) as unknown as HsdsPhone;
        return { ...phone, attributes: attributesFor(phone.id, `/phones/${index}`) };
      }),
      schedules: schedulesOf(id).map((row, index) => own(row, `/schedules/${index}`)),
      service_areas: areasOf(id).map((row, index) => own(row, `/service_areas/${index}`)),
      languages: languagesOf(id).map((row, index) => own(row, `/languages/${index}`)),
      service_at_locations: linksOf(id).map((row, index) => {
        const link = own(row, `/service_at_locations/${index}`);
        const location = locationById(link.location_id)[0];
        if (!location) return link;
        origins.set(`/service_at_locations/${index}/location`, location.origin);
        return {
          ...link,
          location: { ...location.values, addresses: addressesOf(location.values.id).map((address, j) => own(address, `/service_at_locations/${index}/location/addresses/${j}`)) },
        };
      }),
      attributes: attributesFor(id, ''),
    } as unknown as HsdsService;
    services.push({ service, row: serviceRow.origin.row, reasons, place: (reason) => placeReason(origins, reason) });
  }

  // Rows that claim a service the package does not have are a mistake in the package itself.
  for (const table of ['phone', 'schedule', 'service_area', 'language', 'service_at_location']) {
    for (const row of rowsOf(table)) {
      const serviceId = row.values.service_id;
      if (typeof serviceId === 'string' && !serviceIds.has(serviceId.toLowerCase())) {
        problems.push({ pointer: '/service_id', code: 'unknown_service', params: { id: serviceId }, ...row.origin });
      }
    }
  }
  // Any other row's schema problems (organizations, terms, locations, unused tables) refuse the package.
  for (const rows of tables.values()) for (const row of rows) if (!used.has(row)) problems.push(...row.reasons);
  return { services, problems };
}

/** A reason about the assembled service, placed at the deepest table row its pointer falls in. */
function placeReason(origins: Map<string, Origin>, reason: HsdsReason): HsdsReason {
  let best = '';
  for (const prefix of origins.keys()) {
    if (prefix.length > best.length && (reason.pointer === prefix || reason.pointer.startsWith(`${prefix}/`))) best = prefix;
  }
  const origin = origins.get(best)!;
  return { ...reason, pointer: reason.pointer.slice(best.length), ...origin };
}
