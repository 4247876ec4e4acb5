import fc from 'fast-check';
import type { DeclaredRoute } from '../enforce-access.js';
import { arbitraryFor, inputJsonSchema, type JsonSchema } from './schema-arbitrary.js';
import { mutate, mutationArbitrary, nastyStrings } from './fuzz-mutations.js';

/** One request of the API fuzz, as fast-check prints it when it fails (long strings cut). */
export interface FuzzRequest {
  kind: 'valid' | 'mutated' | 'garbage';
  method: string;
  url: string;
  contentType: string | undefined;
  payload: string | undefined;
}

/**
 * How often each kind of input is drawn for a route: a valid-shaped body or query, a mutation of
 * one, or garbage; and, out of 20, how often a path parameter is the world's record (the rest
 * are other values of its shape and nasty strings).
 */
export interface FuzzWeights {
  valid: number;
  mutated: number;
  garbage: number;
  knownParams: number;
}

// Passwords are hashed with argon2 (tens of milliseconds each), on purpose.
const hashesPasswords = new Set(['POST /api/v1/auth/sign-in', 'POST /api/v1/auth/password', 'POST /api/v1/users/:userId/password', 'POST /api/v1/users']);

/**
 * The mix for a route, so 1,000 cases per route stay fast: reads get mostly valid-shaped
 * requests on the world's records; writes more invalid ones (each valid one is a transaction
 * with audit rows); documents (PDF, spreadsheets, calendars) and password hashing, costly by
 * design, mostly invalid ones that stop at validation or at a missing record.
 */
export function weightsFor(route: DeclaredRoute): FuzzWeights {
  const produces = ((route.schema ?? {}) as { produces?: string[] }).produces ?? [];
  const costly = hashesPasswords.has(`${route.method} ${route.url}`) || produces.some((type) => type !== 'application/json') || /\/(pdf|export)$|\.pdf$/.test(route.url);
  if (costly) return { valid: 1, mutated: 7, garbage: 2, knownParams: 2 };
  if (unsafe(route.method)) return { valid: 3, mutated: 5, garbage: 2, knownParams: 17 };
  // A read whose only input is its path: the world's record half the time (the same request again teaches little).
  if (!((route.schema ?? {}) as { querystring?: unknown }).querystring) return { valid: 4, mutated: 5, garbage: 1, knownParams: 10 };
  return { valid: 4, mutated: 5, garbage: 1, knownParams: 17 };
}

const unsafe = (method: string) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);

/** Bodies that are not JSON objects at all, under content types the API does and does not take. */
const garbage: fc.Arbitrary<{ contentType: string | undefined; payload: string | undefined }> = fc.record({
  contentType: fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json', '*/*', ''),
  payload: fc.oneof(
    fc.constantFrom(undefined, '', '{', '}', 'null', 'true', '0', '"text"', '[]', '[{}]', '{"a":', '{"a":1,"a":2}', '\uFEFF{}', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', 'a=1&b=2', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', '<?xml version="1.0"?><a/>', '[' .repeat(5_000), '{"a":'.repeat(3_000)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  ),
});

function shaped(schema: JsonSchema | undefined, weights: FuzzWeights): fc.Arbitrary<{ kind: 'valid' | 'mutated'; value: unknown }> {
  const valid = arbitraryFor(schema);
  return fc.oneof(
    { weight: weights.valid, arbitrary: valid.map((value) => ({ kind: 'valid' as const, value })) },
    { weight: weights.mutated, arbitrary: fc.tuple(valid, mutationArbitrary).map(([value, mutation]) => ({ kind: 'mutated' as const, value: mutate(value, mutation) })) },
  );
}

/** A path parameter: the world's record most of the time, else another value of its shape, else a nasty one. */
function paramArbitrary(name: string, schema: JsonSchema | undefined, params: Record<string, string>, knownWeight: number): fc.Arbitrary<string> {
  const known = params[name];
  const others = 20 - knownWeight;
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: Math.ceil((others * 2) / 3), arbitrary: arbitraryFor(schema).map(String) },
    { weight: Math.floor(others / 3), arbitrary: fc.constantFrom(...nastyStrings) },
  ];
  if (known) options.push({ weight: knownWeight, arbitrary: fc.constant(known) });
  return fc.oneof(...options).map(encodePathSegment);
}

/** A path segment; a lone surrogate (which encodeURIComponent refuses) goes as the bytes of an invalid UTF-8 sequence. */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
}

function queryString(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `?${encodeURIComponent(JSON.stringify(value))}`;
  const search = new URLSearchParams();
  for (const [key, item] of Object.entries(value)) {
    for (const one of Array.isArray(item) ? item : [item]) search.append(key, typeof one === 'object' && one !== null ? JSON.stringify(one) : String(one));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Requests for one route, drawn from its own zod schemas (params, querystring, body). */
export function requestArbitrary(route: DeclaredRoute, params: Record<string, string>, weights: FuzzWeights = weightsFor(route)): fc.Arbitrary<FuzzRequest> {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const paramsSchema = inputJsonSchema(schema.params);
  const names = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);
  const path = fc.tuple(...names.map((name) => paramArbitrary(name, paramsSchema?.properties?.[name], params, weights.knownParams))).map((values) =>
    names.reduce((url, name, index) => url.replace(`:${name}`, values[index]!), route.url),
  );
  const querySchema = inputJsonSchema(schema.querystring);
  const query = querySchema ? shaped(querySchema, weights).map((drawn) => ({ ...drawn, text: queryString(drawn.value) })) : fc.constant({ kind: 'valid' as const, text: '' });
  const bodySchema = inputJsonSchema(schema.body);
  const body: fc.Arbitrary<{ kind: FuzzRequest['kind']; contentType: string | undefined; payload: string | undefined }> = !unsafe(route.method)
    ? fc.constant({ kind: 'valid', contentType: undefined, payload: undefined })
    : fc.oneof(
        { weight: weights.valid + weights.mutated, arbitrary: shaped(bodySchema, weights).map(({ kind, value }) => ({ kind, contentType: 'application/json', payload: value === undefined ? undefined : JSON.stringify(value) })) },
        { weight: weights.garbage, arbitrary: garbage.map((drawn) => ({ kind: 'garbage' as const, ...drawn })) },
      );
  return fc.tuple(path, query, body).map(([url, drawnQuery, drawnBody]) => {
    const kind = drawnBody.kind !== 'valid' ? drawnBody.kind : drawnQuery.kind;
    return printable({ kind, method: route.method, url: url + drawnQuery.text, contentType: drawnBody.contentType, payload: drawnBody.payload });
  });
}

/** fast-check prints a failing request through this: long strings are cut so the report stays readable. */
function printable(request: FuzzRequest): FuzzRequest {
  const cut = (text: string | undefined) => (text && text.length > 400 ? `${text.slice(0, 400)}…(${text.length} chars)` : text);
  return Object.assign(request, {
    [fc.toStringMethod]: () => JSON.stringify({ ...request, url: cut(request.url), payload: cut(request.payload) }),
  });
}
