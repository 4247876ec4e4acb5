import { describe, expect, it } from 'vitest';
import { parseReferralCsv } from './parse-referral-csv.js';

const required = 'given_name,family_name,date_of_birth,gender,group_gender,language,source,stream';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a referral CSV', () => {
  it('drops a BOM, keeps quoted commas and line breaks in one cell, and numbers rows as a spreadsheet does', () => {
    const text = `\uFEFF${required},charges\r\nRené,"Tremblay, Jr.",1988-03-02,man,men,fr,court,peace_bond,"assault; mischief, under $5000"\r\n,,,,,,,,\r\nAna,"Line\nTwo",1990-01-01,woman,women,en,self,voluntary,\r\n`;
    const parsed = parseReferralCsv(bytes(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(parsed.rows[0]!.cells).toMatchObject({ given_name: 'René', family_name: 'Tremblay, Jr.', charges: 'assault; mischief, under $5000' });
    expect(parsed.rows[1]!.cells).toMatchObject({ family_name: 'Line\nTwo' });
    expect(parsed.rows[1]!.cells).not.toHaveProperty('charges');
  });

  it('hashes the bytes: the same file gives the same hash, any change another', () => {
    const a = parseReferralCsv(bytes(`${required}\nA,B,1990-01-01,man,men,en,self,voluntary\n`));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parseReferralCsv(bytes(`${required}\nA,B,1990-01-01,man,men,en,self,voluntary\n`)).sha256).toBe(a.sha256);
    expect(parseReferralCsv(bytes(`${required}\nA,C,1990-01-01,man,men,en,self,voluntary\n`)).sha256).not.toBe(a.sha256);
  });

  it.each([
    ['an unknown column', `${required},shoe_size,\nA,B,1990-01-01,man,men,en,self,voluntary,44,\n`, { code: 'csv_unknown_columns', params: { columns: 'shoe_size, ""' } }],
    ['missing required columns', 'given_name,family_name\nA,B\n', { code: 'csv_missing_columns', params: { columns: 'date_of_birth, gender, group_gender, language, source, stream' } }],
    ['a repeated column', `${required},phone,Phone\nA,B,1990-01-01,man,men,en,self,voluntary,1,2\n`, { code: 'csv_duplicate_columns', params: { columns: 'phone' } }],
    ['semicolons between columns', `${required.replaceAll(',', ';')}\nA;B\n`, { code: 'csv_semicolons', params: {} }],
    ['an unclosed quotation mark', `${required}\nA,"B,1990-01-01,man,men,en,self,voluntary\n`, { code: 'csv_malformed', params: { line: 2 } }],
    ['no rows', `${required}\n\n`, { code: 'csv_no_rows', params: {} }],
  ])('refuses the whole file for %s', (_, text, problem) => {
    expect(parseReferralCsv(bytes(text)).problems).toEqual([{ row: null, column: null, ...problem }]);
  });

  it('refuses a file that is not UTF-8 (a Windows-1252 export)', () => {
    const latin1 = Uint8Array.from([...bytes(`${required}\nRen`), 0xe9, ...bytes(',B,1990-01-01,man,men,en,self,voluntary\n')]);
    expect(parseReferralCsv(latin1).problems).toEqual([{ row: null, column: null, code: 'csv_not_utf8', params: {} }]);
  });

  it('reports a row with too many values as that row, keeping the others', () => {
    const parsed = parseReferralCsv(bytes(`${required}\nA,B,1990-01-01,man,men,en,self,voluntary\nA,B,C,1990-01-01,man,men,en,self,voluntary\n`));
    expect(parsed.problems).toEqual([{ row: 3, column: null, code: 'csv_field_count', params: { found: 9, expected: 8 } }]);
    expect(parsed.rows.map((row) => row.row)).toEqual([2]);
  });
});
