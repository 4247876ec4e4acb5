import { describe, expect, it } from 'vitest';
import { maxFileNameLength, sanitizeFileName, sniffMediaType } from './documents.rules.js';

const bytes = (...values: (number | string)[]) => Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));

describe('sniffMediaType', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00), 'image/jpeg'],
    ['a PNG', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0x00), 'image/png'],
    ['a Windows program', bytes('MZ', 0x90, 0x00), undefined],
    ['plain text that mentions PDF', bytes('not a %PDF-1.4 file'), undefined],
    ['a PDF header cut short', bytes('%PDF'), undefined],
    ['a PNG signature with a wrong byte', bytes(0x89, 'PNG\r\n', 0x1a, 'X'), undefined],
    ['an HTML page', bytes('<!doctype html><script>'), undefined],
    ['nothing', bytes(), undefined],
  ])('recognises %s', (_name, input, expected) => {
    expect(sniffMediaType(input)).toBe(expected);
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['order.pdf', 'application/pdf', 'order.pdf'],
    ['Order.PDF', 'application/pdf', 'Order.PDF'],
    ['scan.jpeg', 'image/jpeg', 'scan.jpeg'],
    ['probation order', 'application/pdf', 'probation order.pdf'],
    ['order.pdf', 'image/png', 'order.png'],
    ['order.exe', 'application/pdf', 'order.pdf'],
    ['C:\\Users\\clerk\\Desktop\\order.pdf', 'application/pdf', 'order.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['ordonnance\u202Efdp.exe', 'application/pdf', 'ordonnancefdp.pdf'],
    ['bad\r\nname".pdf', 'application/pdf', 'bad name_.pdf'],
    ['a<b>c|d?.pdf', 'application/pdf', 'a_b_c_d_.pdf'],
    ['   ', 'image/png', 'document.png'],
    ['.pdf', 'application/pdf', 'pdf.pdf'],
    ['..', 'application/pdf', 'document.pdf'],
    ['...hidden.png', 'image/png', 'hidden.png'],
    ['Décision du tribunal.pdf', 'application/pdf', 'Décision du tribunal.pdf'],
  ] as const)('turns %j (%s) into %j', (raw, mediaType, expected) => {
    expect(sanitizeFileName(raw, mediaType)).toBe(expected);
  });

  it('keeps at most 200 characters, the extension included', () => {
    const name = sanitizeFileName(`${'é'.repeat(500)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(maxFileNameLength);
    expect(name.endsWith('é.pdf')).toBe(true);
    expect(sanitizeFileName(`${'x'.repeat(20_000)}.pdf`, 'application/pdf')).toHaveLength(maxFileNameLength);
  });
});
