import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { HsdsReason } from './hsds-reason.js';

/**
 * The official Open Referral HSDS 3.1 JSON Schemas (vendor/hsds, CC BY-SA 4.0), compiled once
 * with ajv's JSON Schema 2020-12 validator (the dialect HSDS's OpenAPI file declares; the
 * keywords the schemas use mean the same in draft-07).
 */

/** The vendored folder, from the sources (src/core/resources) or the build (dist/server-build/core/resources). */
function vendorFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '../../../vendor/hsds'), join(here, '../../../../vendor/hsds')];
  const found = candidates.find((candidate) => existsSync(join(candidate, 'schema', 'service.json')));
  if (!found) throw new Error(`The HSDS schemas are missing: expected vendor/hsds/schema in the project (looked in ${candidates.join(', ')})`);
  return found;
}

/** Where the schema files came from: their `$id`s, so `"$ref": "phone.json"` resolves beside them. */
const baseUri = 'https://raw.githubusercontent.com/openreferral/specification/abc731c8ac11825010e9d74a0ab61dcd48e880ec/schema/';

/** HSDS's own annotations on its schemas (names, CSV paths, Frictionless hints): not validation keywords. */
const hsdsAnnotations = ['name', 'path', 'example', 'constraints', 'core', 'datapackage_metadata', 'tabular_required', 'datapackage_type'];

/** One property of an HSDS object as its schema describes it. */
export interface HsdsSchemaProperty {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  datapackage_type?: string;
  enum?: string[];
  title?: string;
  description?: string;
  $ref?: string;
  items?: { $ref?: string };
}

/** One HSDS object schema (service.json, phone.json, …). */
export interface HsdsObjectSchema {
  name: string;
  path: string;
  description?: string;
  datapackage_metadata?: { order?: number };
  properties: Record<string, HsdsSchemaProperty>;
  required?: string[];
  tabular_required?: string[];
}

interface Loaded {
  ajv: Ajv2020;
  schemas: Map<string, HsdsObjectSchema>;
  objects: Map<string, ValidateFunction>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const folder = join(vendorFolder(), 'schema');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormatsModule.default(ajv);
  ajv.addVocabulary(hsdsAnnotations);
  const schemas = new Map<string, HsdsObjectSchema>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'openapi.json')) {
    const schema = JSON.parse(readFileSync(join(folder, file), 'utf8')) as HsdsObjectSchema;
    schemas.set(schema.name, schema);
    ajv.addSchema({ ...schema, $id: `${baseUri}${file}` });
  }
  loaded = { ajv, schemas, objects: new Map() };
  return loaded;
}

/** The schema of one HSDS object (`service`, `phone`, …), as vendored. */
export function hsdsObjectSchema(name: string): HsdsObjectSchema {
  const schema = load().schemas.get(name);
  if (!schema) throw new Error(`No HSDS schema named ${name}`);
  return schema;
}

/** Every HSDS object schema, in the order the tabular data package lists its tables. */
export function hsdsObjectSchemas(): HsdsObjectSchema[] {
  return [...load().schemas.values()].sort((a, b) => (a.datapackage_metadata?.order ?? 99) - (b.datapackage_metadata?.order ?? 99) || a.name.localeCompare(b.name));
}

/** The columns of an object's CSV table: its properties that are not nested lists or objects, in schema order. */
export function hsdsTableColumns(name: string): string[] {
  return Object.entries(hsdsObjectSchema(name).properties)
    .filter(([, property]) => property.type !== 'array' && property.type !== 'object' && !property.$ref)
    .map(([column]) => column);
}

/** Checks a nested HSDS object (a whole service with its phones, organization, …) against its official schema. */
export function validateHsdsObject(name: string, value: unknown, pointer = ''): HsdsReason[] {
  const { ajv, objects } = load();
  let validate = objects.get(name);
  if (!validate) {
    validate = ajv.getSchema(`${baseUri}${name}.json`);
    if (!validate) throw new Error(`No HSDS schema named ${name}`);
    objects.set(name, validate);
  }
  return validate(value) ? [] : schemaReasons(validate.errors ?? [], pointer);
}

/**
 * Checks one row of a tabular data package's table: the object's schema with the columns HSDS
 * requires in tables (`tabular_required`: a service's `organization_id`, an attribute's
 * `link_id`, …) also required.
 */
export function validateHsdsRow(name: string, row: Record<string, unknown>, pointer = ''): HsdsReason[] {
  const missing = (hsdsObjectSchema(name).tabular_required ?? []).filter((column) => row[column] === undefined);
  return [...validateHsdsObject(name, row, pointer), ...missing.map((column): HsdsReason => ({ pointer: `${pointer}/${column}`, code: 'schema_required', params: {} }))];
}

/** ajv's errors as reasons with our own (translated) codes for the common keywords. */
function schemaReasons(errors: ErrorObject[], prefix: string): HsdsReason[] {
  const reasons: HsdsReason[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const reason = schemaReason(error, prefix);
    const id = `${reason.pointer}|${reason.code}|${JSON.stringify(reason.params)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    reasons.push(reason);
  }
  return reasons;
}

function schemaReason(error: ErrorObject, prefix: string): HsdsReason {
  const pointer = `${prefix}${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${pointer}/${String(params.missingProperty)}`, code: 'schema_required', params: {} };
    case 'type':
      return { pointer, code: 'schema_type', params: { type: String(params.type) } };
    case 'format':
      return { pointer, code: 'schema_format', params: { format: String(params.format) } };
    case 'enum':
      return { pointer, code: 'schema_enum', params: { values: (params.allowedValues as unknown[]).map(String).join(', ') } };
    default:
      return { pointer, code: 'schema_other', params: { detail: `${error.keyword}: ${error.message ?? ''}`.trim() } };
  }
}
