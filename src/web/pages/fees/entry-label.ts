import type { IntlShape } from 'react-intl';
import type { LedgerEntry } from '../../api/fees';
import { enumLabel } from '../../i18n/enum-label';

/** An entry in words: "Payment — debit card", "Charge — program fee", "Correction — wrong amount". */
export function entryLabel(intl: IntlShape, entry: LedgerEntry): string {
  const kind = enumLabel(intl, 'fees.entryKind', entry.kind);
  const detail = entry.chargeType
    ? enumLabel(intl, 'fees.chargeType', entry.chargeType)
    : entry.method
      ? enumLabel(intl, 'fees.method', entry.method)
      : entry.correctionReason
        ? enumLabel(intl, 'fees.correctionReason', entry.correctionReason)
        : undefined;
  const payer = entry.payerName ? ` (${entry.payerName})` : '';
  return detail ? `${kind} — ${detail}${payer}` : kind;
}
