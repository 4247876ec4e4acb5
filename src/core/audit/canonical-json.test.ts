import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [3, { d: null, c: true }], x: 'é' } }, '{"z":{"x":"é","y":[3,{"c":true,"d":null}]}}'],
    [{ a: undefined, b: [undefined] }, '{"b":[null]}'],
    [[], '[]'],
    ['line\nbreak "quoted"', '"line\\nbreak \\"quoted\\""'],
    [1.5e21, '1.5e+21'],
  ])('writes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever order the keys came in', () => {
    expect(canonicalJson({ seq: '1', details: { to: 30, from: 15 } })).toBe(canonicalJson({ details: { from: 15, to: 30 }, seq: '1' }));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, () => 1, 10n])('refuses %s, which jsonb could not give back', (value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });
});
