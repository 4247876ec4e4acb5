import fc from 'fast-check';

/** Strings that have broken servers: injection-looking text, odd unicode, NUL bytes, impossible dates, huge numbers. */
export const nastyStrings = [
  '',
  ' ',
  "'",
  "' OR '1'='1",
  "'; DROP TABLE participant; --",
  '1; SELECT pg_sleep(0)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{"$gt":""}',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uFEFFbom',
  '\u202Eevil',
  'Ünïcödé ✓ 👩🏽‍⚕️ 中文 עברית',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '99999999999999999999',
  '-2147483649',
  '2147483648',
  '0x1F',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '0001-01-01',
  '9999-12-31',
  '275760-09-13',
  '2026-11-21T25:61',
  '2026-11-21T10:00',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1f7d0e-3b7a-4c55-9d59-2f9f7a0c1a1',
  'admin@example.org',
  'a'.repeat(256),
  'x'.repeat(20_001),
  'é'.repeat(70_000),
];

export const nastyNumbers = [0, -1, 1, 0.5, -0.5, 2_147_483_647, 2_147_483_648, -2_147_483_649, 9_007_199_254_740_991, 9_007_199_254_740_993, 1e21, -1e21, 1e308, -1e308, 5e-324];

/** One value of any JSON type that a field should not hold (or barely may). */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(...nastyStrings) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...nastyNumbers) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [''], { '': null }, JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: {} } }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_000 }).map(deeplyNested) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** `{"a":{"a":…}}` nested `depth` levels. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

type Mutation = { op: 'replace_leaf' | 'drop_key' | 'add_key' | 'replace_all' | 'wrap'; at: number; value: unknown; key: string };

/** A mutation of a value: one field wrong-typed or nasty, a key missing or added, the whole replaced or wrapped. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>('replace_leaf', 'replace_leaf', 'replace_leaf', 'drop_key', 'add_key', 'replace_all', 'wrap'),
  at: fc.nat(),
  value: nastyValue,
  key: fc.constantFrom('extra', '__proto__', 'constructor', 'agencyId', 'id', 'version', 'a'.repeat(300), ''),
});

/** Applies a mutation to a copy of a JSON value. */
export function mutate(value: unknown, mutation: Mutation): unknown {
  if (mutation.op === 'replace_all') return mutation.value;
  if (mutation.op === 'wrap') return [value];
  const copy: unknown = structuredClone(value);
  const paths = pathsOf(copy);
  if (mutation.op === 'replace_leaf') {
    if (paths.length === 0) return mutation.value;
    const path = paths[mutation.at % paths.length]!;
    return setAt(copy, path, mutation.value);
  }
  const containers = [[], ...paths].filter((path) => isObject(getAt(copy, path)));
  if (containers.length === 0) return mutation.value;
  const target = getAt(copy, containers[mutation.at % containers.length]!) as Record<string, unknown>;
  const keys = Object.keys(target);
  if (mutation.op === 'drop_key' && keys.length > 0) delete target[keys[mutation.at % keys.length]!];
  else Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, index) => (out.push([...prefix, index]), pathsOf(item, [...prefix, index], out)));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) (out.push([...prefix, key]), pathsOf(item, [...prefix, key], out));
  return out;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, segment) => (current as Record<string | number, unknown>)[segment], root);
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return root;
}
