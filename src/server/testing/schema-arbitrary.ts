import fc from 'fast-check';
import { z } from 'zod';

/** The subset of JSON Schema that `z.toJSONSchema` writes for the API's schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

/** A route schema (zod) as the JSON Schema of what a client sends (`io: 'input'`: defaults make fields optional). */
export function inputJsonSchema(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const day = 86_400_000;
const dates = fc.integer({ min: Date.UTC(1900, 0, 1) / day, max: Date.UTC(2100, 11, 31) / day }).map((n) => new Date(n * day));
const isoDate = dates.map((date) => date.toISOString().slice(0, 10));
const nearDate = fc.integer({ min: -800, max: 800 }).map((n) => new Date(Date.UTC(2026, 10, 21) + n * day).toISOString().slice(0, 10));
const isoDateTime = fc.tuple(fc.oneof(isoDate, nearDate), fc.integer({ min: 0, max: day - 1 })).map(([date, ms]) => `${date}T${new Date(ms).toISOString().slice(11, 19)}Z`);
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
const email = fc.tuple(word, word).map(([local, domain]) => `${local}@${domain}.example.org`);
/** Free text: mostly plain, sometimes any unicode (accents, emoji, right-to-left). */
const text = (min: number, max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abcdefghij klmnopqrstuvwxyzÉéèàçô-’') }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }) },
  );

/** Values shaped like the schema (they may still fail refinements zod keeps out of JSON Schema). */
export function arbitraryFor(schema: JsonSchema | boolean | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (schema === undefined || schema === true || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) return fc.constant(undefined);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, depth + 1)));
  if (schema.allOf?.[0]) return arbitraryFor(schema.allOf[0], depth + 1);
  const types = [schema.type ?? 'any'].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFor({ ...schema, type }, depth)));
  switch (types[0]) {
    case 'object':
      return objectArbitrary(schema, depth);
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 5, min + 5);
      return fc.array(arbitraryFor(schema.items, depth + 1), { minLength: min, maxLength: max });
    }
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
    case 'number':
      return numberArbitrary(schema, types[0] === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  if (names.length === 0 && typeof schema.additionalProperties === 'object') {
    // A record: keys from propertyNames (an enum, usually), values from additionalProperties.
    const keys = schema.propertyNames ? arbitraryFor(schema.propertyNames, depth + 1).map(String) : word;
    return fc.dictionary(keys, arbitraryFor(schema.additionalProperties, depth + 1), { maxKeys: 4 });
  }
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) record[name] = arbitraryFor(properties[name], depth + 1);
  return fc.record(record, { requiredKeys: schema.required ?? [] });
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date':
      return fc.oneof(isoDate, nearDate);
    case 'date-time':
      return isoDateTime;
    case 'email':
      return email;
    case 'uri':
      return fc.webUrl();
  }
  if (schema.pattern) {
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? Number.MAX_SAFE_INTEGER;
    return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length >= min && value.length <= max);
  }
  const min = schema.minLength ?? 0;
  return text(min, Math.max(min, Math.min(schema.maxLength ?? 60, min + 60)));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : -1_000_000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : 1_000_000);
  const low = Math.max(min, Number.MIN_SAFE_INTEGER);
  const high = Math.min(max, Number.MAX_SAFE_INTEGER);
  const inRange = integer ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  // The bounds themselves, and small values (versions, counts) that the world's records hold.
  const bounds = fc.constantFrom(Math.ceil(low), Math.floor(high));
  if (high < 0 || low > 3) return fc.oneof(inRange, bounds);
  return fc.oneof(inRange, bounds, fc.integer({ min: Math.max(Math.ceil(low), 0), max: Math.min(Math.floor(high), 3) }));
}
