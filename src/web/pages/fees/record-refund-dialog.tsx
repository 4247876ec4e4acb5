import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatCents, type LedgerEntry, type LedgerEntryResult } from '../../api/fees';
import { useAgencyToday } from '../../session/session-context';
import { entryMessages, LedgerEntryDialog, LedgerEntryForm } from './ledger-entry-dialog';
import { checkMoneyEntry, MoneyEntryFields, newMoneyEntry, type MoneyLabels } from './money-entry-fields';

/** Props of {@link RecordRefundDialog}. */
export interface RecordRefundDialogProps {
  participantId: string;
  participantName: string;
  /** The account's entries, to say how much may be refunded. */
  entries: readonly LedgerEntry[];
  closedThrough: string | null;
  /** Told the refund recorded, with its receipt number. */
  onSaved: (result: LedgerEntryResult) => void;
}

/**
 * What was paid and not yet refunded, as the server counts it: payments less refunds, and the
 * corrections made to either.
 */
export function refundableCents(entries: readonly LedgerEntry[]): number {
  const kinds = new Map(entries.map((entry) => [entry.id, entry.kind]));
  const isMoney = (kind: string | undefined) => kind === 'payment' || kind === 'refund';
  return entries.reduce(
    (sum, entry) => (isMoney(entry.kind) || (entry.kind === 'correction' && isMoney(kinds.get(entry.correctsEntryId ?? ''))) ? sum - entry.amountCents : sum),
    0,
  );
}

/**
 * Records a refund: money given back to the participant, or to the third party who paid. It
 * raises what is owed by its amount and takes the next receipt number, like a payment. The
 * server refuses a refund beyond what was paid and not yet refunded, and a day in a closed period.
 */
export function RecordRefundDialog(props: RecordRefundDialogProps) {
  return (
    <LedgerEntryDialog triggerLabel={<FormattedMessage id="fees.refund.button" />} onSaved={props.onSaved}>
      {(dialog) => <RefundForm {...props} onCancel={dialog.close} onSaved={dialog.onSaved} />}
    </LedgerEntryDialog>
  );
}

function RefundForm({ participantId, participantName, entries, closedThrough, onCancel, onSaved }: RecordRefundDialogProps & { onCancel: () => void }) {
  const intl = useIntl();
  const today = useAgencyToday();
  const [form, setForm] = useState(() => newMoneyEntry(today));
  const labels: MoneyLabels = {
    amountCents: intl.formatMessage({ id: 'fees.refund.amount' }),
    method: intl.formatMessage({ id: 'fees.refund.method' }),
    payerName: intl.formatMessage({ id: 'fees.refund.payer' }),
    effectiveOn: intl.formatMessage({ id: 'fees.refund.date' }),
  };
  return (
    <LedgerEntryForm
      participantId={participantId}
      title={<FormattedMessage id="fees.refund.title" values={{ name: participantName }} />}
      intro={
        <p>
          <FormattedMessage id="fees.refund.refundable" values={{ amount: formatCents(Math.max(0, refundableCents(entries)), intl.locale) }} />
        </p>
      }
      labels={labels}
      submitLabel={<FormattedMessage id="fees.refund.submit" />}
      check={() => checkMoneyEntry(intl, 'refund', form, { today, closedThrough, messages: entryMessages, payerRequired: 'fees.refund.payer.required' })}
      onCancel={onCancel}
      onSaved={onSaved}
    >
      {(problem) => <MoneyEntryFields form={form} onChange={setForm} labels={labels} problem={problem} />}
    </LedgerEntryForm>
  );
}
