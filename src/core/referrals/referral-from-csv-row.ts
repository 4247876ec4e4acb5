import type { CsvProblem } from './parse-referral-csv.js';
import { type CsvCellKind, type ReferralCsvColumn, referralCsvColumnNames, referralCsvColumns } from './referral-csv-columns.js';

const yes = new Set(['yes', 'oui', 'true']);
const no = new Set(['no', 'non', 'false']);

/**
 * Turns one row's cells into the shape `ReceiveReferralInput` parses (still unchecked), with
 * the problems of cells that cannot even be read (a "maybe" for yes/no, "four" for an age).
 * Any `no_contact_*` cell makes a no-contact condition and any `partner_*` cell a partner, so
 * that a partner's phone without a name is refused rather than silently dropped.
 */
export function referralFromCsvRow(row: number, cells: Partial<Record<ReferralCsvColumn, string>>, idempotencyKey: string): { value: Record<string, unknown>; problems: CsvProblem[] } {
  const value: Record<string, unknown> = { idempotencyKey, participant: {}, referral: {} };
  const problems: CsvProblem[] = [];
  for (const column of referralCsvColumnNames) {
    const cell = cells[column];
    if (cell === undefined || cell === '') continue;
    const spec: { path: string; kind?: CsvCellKind } = referralCsvColumns[column];
    const read = readCell(cell, spec.kind ?? 'text');
    if (read.ok) setAt(value, spec.path.split('.'), read.value);
    else problems.push({ row, column, code: read.code, params: {} });
  }
  const conditions = value.conditions as Record<string, unknown>[] | undefined;
  if (conditions?.[0]) conditions[0].kind = 'no_contact';
  return { value, problems };
}

type Read = { ok: true; value: unknown } | { ok: false; code: string };

function readCell(cell: string, kind: CsvCellKind): Read {
  switch (kind) {
    case 'text':
      return { ok: true, value: cell };
    case 'choice':
      return { ok: true, value: cell.toLowerCase() };
    case 'province':
      return { ok: true, value: cell.toUpperCase() };
    case 'yes_no': {
      const word = cell.toLowerCase();
      return yes.has(word) ? { ok: true, value: true } : no.has(word) ? { ok: true, value: false } : { ok: false, code: 'csv_yes_no' };
    }
    case 'list':
      return { ok: true, value: parts(cell) };
    case 'ages': {
      const ages = parts(cell);
      return ages.every((age) => /^\d{1,3}$/.test(age)) ? { ok: true, value: ages.map(Number) } : { ok: false, code: 'csv_whole_numbers' };
    }
  }
}

const parts = (cell: string) => cell.split(';').map((part) => part.trim()).filter(Boolean);

/** Sets a dotted path, creating objects (or an array before a numeric segment). */
function setAt(target: Record<string, unknown>, segments: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  segments.slice(0, -1).forEach((segment, index) => {
    node[segment] ??= /^\d+$/.test(segments[index + 1]!) ? [] : {};
    node = node[segment] as Record<string, unknown>;
  });
  node[segments.at(-1)!] = value;
}
