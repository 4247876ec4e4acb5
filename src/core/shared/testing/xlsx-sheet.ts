import { inflateRawSync } from 'node:zlib';

/** The first sheet's XML of an .xlsx written by spreadsheet-export.ts (local headers in order). */
export function xlsxSheet(zip: Buffer): string {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    if (name === 'xl/worksheets/sheet1.xml') return inflateRawSync(zip.subarray(start, start + size)).toString('utf8');
    at = start + size;
  }
  throw new Error('no sheet');
}
