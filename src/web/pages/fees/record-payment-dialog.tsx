import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatCents, type LedgerEntryResult } from '../../api/fees';
import { useAgencyToday } from '../../session/session-context';
import { LedgerEntryDialog, LedgerEntryForm, type EntryMessages } from './ledger-entry-dialog';
import { checkMoneyEntry, MoneyEntryFields, newMoneyEntry, type MoneyLabels } from './money-entry-fields';

/** Props of {@link RecordPaymentDialog}. */
export interface RecordPaymentDialogProps {
  participantId: string;
  participantName: string;
  /** What the account owes now (negative: a credit), to say it in the form. */
  balanceCents: number;
  /** The books are closed up to this day: an entry dated on or before it is refused. */
  closedThrough: string | null;
  /** Told the entry recorded (or the first one, when the form was sent twice), with its receipt number. */
  onSaved: (result: LedgerEntryResult) => void;
}

const paymentMessages: EntryMessages = {
  amountRequired: 'fees.payment.amount.required',
  amountNegative: 'fees.payment.amount.negative',
  dateFuture: 'fees.payment.date.future',
  dateClosed: 'fees.payment.date.closed',
};

/**
 * Records a payment: amount, method, who paid (for a third party) and the day (the agency's
 * today unless changed). Bad amounts and days are said before sending; the server's refusals
 * (overpayment, closed period) come back on their field.
 */
export function RecordPaymentDialog(props: RecordPaymentDialogProps) {
  return (
    <LedgerEntryDialog isPrimary triggerLabel={<FormattedMessage id="fees.payment.button" />} onSaved={props.onSaved}>
      {(dialog) => <PaymentForm {...props} onCancel={dialog.close} onSaved={dialog.onSaved} />}
    </LedgerEntryDialog>
  );
}

function PaymentForm({ participantId, participantName, balanceCents, closedThrough, onCancel, onSaved }: RecordPaymentDialogProps & { onCancel: () => void }) {
  const intl = useIntl();
  const today = useAgencyToday();
  const [form, setForm] = useState(() => newMoneyEntry(today));
  const labels: MoneyLabels = {
    amountCents: intl.formatMessage({ id: 'fees.payment.amount' }),
    method: intl.formatMessage({ id: 'fees.payment.method' }),
    payerName: intl.formatMessage({ id: 'fees.payment.payer' }),
    effectiveOn: intl.formatMessage({ id: 'fees.payment.date' }),
  };
  return (
    <LedgerEntryForm
      participantId={participantId}
      title={<FormattedMessage id="fees.payment.title" values={{ name: participantName }} />}
      intro={
        <p>
          {balanceCents >= 0 ? (
            <FormattedMessage id="fees.payment.owing" values={{ amount: formatCents(balanceCents, intl.locale) }} />
          ) : (
            <FormattedMessage id="fees.payment.credit" values={{ amount: formatCents(-balanceCents, intl.locale) }} />
          )}
        </p>
      }
      labels={labels}
      submitLabel={<FormattedMessage id="fees.payment.submit" />}
      check={() => checkMoneyEntry(intl, 'payment', form, { today, closedThrough, messages: paymentMessages, payerRequired: 'fees.payment.payer.required' })}
      onCancel={onCancel}
      onSaved={onSaved}
    >
      {(problem) => <MoneyEntryFields form={form} onChange={setForm} labels={labels} problem={problem} />}
    </LedgerEntryForm>
  );
}
