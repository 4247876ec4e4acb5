import type { Locale } from '../shared/index.js';
import { translate } from '../../i18n/translate.js';

/** Why a record of an HSDS file cannot be imported (or, for an export, why it would not validate). */
export interface HsdsReason {
  /**
   * Where, as a JSON pointer into the service as given (`/phones/0/number`); in a tabular
   * package, into the row of `table` (`/number`).
   */
  pointer: string;
  /** The message, `hsds.reason.<code>` in src/i18n/resources-hsds. */
  code: HsdsReasonCode;
  params: Record<string, string | number>;
  /** The CSV file and its line (the header being line 1), for a tabular package. */
  table?: string;
  row?: number;
}

export const hsdsReasonCodes = [
  'schema_required',
  'schema_type',
  'schema_format',
  'schema_enum',
  'schema_other',
  'phone_format',
  'phone_type',
  'unknown_category',
  'unknown_audience',
  'no_category',
  'language_code',
  'key_format',
  'duplicate_key',
  'too_long',
  'value_invalid',
  'free_value',
  'unknown_service',
] as const;
export type HsdsReasonCode = (typeof hsdsReasonCodes)[number];

/** One reason as a person correcting the file reads it: where, then what is wrong. */
export function hsdsReasonText(locale: Locale, reason: HsdsReason): string {
  const message = translate(locale, `hsds.reason.${reason.code}`, reason.params);
  const where = reason.table
    ? translate(locale, 'hsds.where_row', { table: reason.table, row: reason.row ?? 0, pointer: reason.pointer || '/' })
    : translate(locale, 'hsds.where', { pointer: reason.pointer || '/' });
  return translate(locale, 'hsds.reason_line', { where, message });
}
