import { FormattedMessage, useIntl } from 'react-intl';
import { formatCents, type LedgerEntryResult, type ParticipantFees } from '../../api/fees';
import { RecordChargeDialog } from './record-charge-dialog';
import { RecordCorrectionDialog } from './record-correction-dialog';
import { RecordPaymentDialog } from './record-payment-dialog';
import { RecordRefundDialog } from './record-refund-dialog';

/** A private session's price when no fee is assessed yet: the schedules' default (src/core/fees/fees.rules.ts). */
const defaultPrivateSessionFeeCents = 12_500;

/** Props of {@link FeeEntryActions}. */
export interface FeeEntryActionsProps {
  participantId: string;
  participantName: string;
  account: ParticipantFees;
  onSaved: (result: LedgerEntryResult) => void;
}

/**
 * Finance's entries on a participant's account (fee.manage): a payment, a refund, a private
 * session charged, a correction of an earlier entry. Each is a new entry; nothing is edited.
 */
export function FeeEntryActions({ participantId, participantName, account, onSaved }: FeeEntryActionsProps) {
  const common = { participantId, participantName, closedThrough: account.closedThrough, onSaved };
  return (
    <div className="button-row">
      <RecordPaymentDialog {...common} balanceCents={account.balanceCents} />
      <RecordRefundDialog {...common} entries={account.entries} />
      <RecordChargeDialog {...common} privateSessionFeeCents={account.currentAssessment?.privateSessionFeeCents ?? defaultPrivateSessionFeeCents} />
      {account.entries.length > 0 && <RecordCorrectionDialog {...common} entries={account.entries} balanceCents={account.balanceCents} />}
    </div>
  );
}

/** What was recorded, in words: the receipt number of a payment or refund, the amount of a charge or correction. */
export function EntrySavedMessage({ result }: { result: LedgerEntryResult }) {
  const intl = useIntl();
  const { entry, duplicate } = result;
  const number = entry.receiptNumber ?? 0;
  const amount = formatCents(entry.amountCents, intl.locale);
  switch (entry.kind) {
    case 'payment':
      return <FormattedMessage id={duplicate ? 'fees.payment.duplicate' : 'fees.payment.saved'} values={{ number }} />;
    case 'refund':
      return <FormattedMessage id={duplicate ? 'fees.refund.duplicate' : 'fees.refund.saved'} values={{ number }} />;
    case 'charge':
      return duplicate ? <FormattedMessage id="fees.entry.duplicate" /> : <FormattedMessage id="fees.charge.saved" values={{ amount }} />;
    case 'correction':
      return duplicate ? <FormattedMessage id="fees.entry.duplicate" /> : <FormattedMessage id="fees.correction.saved" values={{ amount }} />;
  }
}
