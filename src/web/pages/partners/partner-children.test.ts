import { describe, expect, it } from 'vitest';
import { parseAges } from './partner-children';

describe("reading the children's ages typed in the partner file", () => {
  it('reads ages separated by commas, semicolons or spaces, and nothing as none', () => {
    expect(parseAges('4, 9')).toEqual([4, 9]);
    expect(parseAges(' 15;2 0 ')).toEqual([15, 2, 0]);
    expect(parseAges('')).toEqual([]);
    expect(parseAges('  ')).toEqual([]);
  });

  it('refuses anything that is not a whole age from 0 to 25', () => {
    for (const typed of ['4.5', 'four', '26', '-1', '4, x', '100']) expect(parseAges(typed)).toBeUndefined();
  });
});
