import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatCents, typedDollars, type LedgerEntryResult } from '../../api/fees';
import { TextInput } from '../../components/text-input';
import { problemFromFields } from '../../forms/form-problem';
import { useAgencyToday } from '../../session/session-context';
import { checkEntryDay, checkPositiveAmount, entryMessages, LedgerEntryDialog, LedgerEntryForm } from './ledger-entry-dialog';

/** Props of {@link RecordChargeDialog}. */
export interface RecordChargeDialogProps {
  participantId: string;
  participantName: string;
  /** The price of a private session in the current assessment (the schedule's, $125.00 by default). */
  privateSessionFeeCents: number;
  closedThrough: string | null;
  onSaved: (result: LedgerEntryResult) => void;
}

/**
 * Charges a private session (a "charge" entry, on top of the program fee), at the price of the
 * current assessment unless changed, on the day it was held.
 */
export function RecordChargeDialog(props: RecordChargeDialogProps) {
  return (
    <LedgerEntryDialog triggerLabel={<FormattedMessage id="fees.charge.button" />} onSaved={props.onSaved}>
      {(dialog) => <ChargeForm {...props} onCancel={dialog.close} onSaved={dialog.onSaved} />}
    </LedgerEntryDialog>
  );
}

function ChargeForm({ participantId, participantName, privateSessionFeeCents, closedThrough, onCancel, onSaved }: RecordChargeDialogProps & { onCancel: () => void }) {
  const intl = useIntl();
  const today = useAgencyToday();
  const [form, setForm] = useState(() => ({ amount: typedDollars(privateSessionFeeCents, intl.locale), effectiveOn: today }));
  const labels = {
    amountCents: intl.formatMessage({ id: 'fees.charge.amount' }),
    effectiveOn: intl.formatMessage({ id: 'fees.charge.date' }),
  };

  const check = () => {
    const amount = checkPositiveAmount(intl, form.amount, entryMessages);
    const problem = problemFromFields({ amountCents: amount.error, effectiveOn: checkEntryDay(intl, form.effectiveOn, today, closedThrough, entryMessages) }, intl);
    if (problem) return { problem };
    return { body: { kind: 'charge' as const, chargeType: 'private_session' as const, amountCents: amount.cents, effectiveOn: form.effectiveOn.trim() } };
  };

  return (
    <LedgerEntryForm
      participantId={participantId}
      title={<FormattedMessage id="fees.charge.title" values={{ name: participantName }} />}
      intro={
        <p>
          <FormattedMessage id="fees.charge.about" values={{ amount: formatCents(privateSessionFeeCents, intl.locale) }} />
        </p>
      }
      labels={labels}
      submitLabel={<FormattedMessage id="fees.charge.submit" />}
      check={check}
      onCancel={onCancel}
      onSaved={onSaved}
    >
      {(problem) => (
        <>
          <TextInput
            name="amountCents"
            label={labels.amountCents}
            description={intl.formatMessage({ id: 'fees.payment.amount.help' })}
            inputMode="decimal"
            value={form.amount}
            onChange={(amount) => setForm((previous) => ({ ...previous, amount }))}
            error={problem?.fields.amountCents}
            isRequired
          />
          <TextInput
            name="effectiveOn"
            label={labels.effectiveOn}
            description={intl.formatMessage({ id: 'fees.dateHelp' })}
            value={form.effectiveOn}
            onChange={(effectiveOn) => setForm((previous) => ({ ...previous, effectiveOn }))}
            error={problem?.fields.effectiveOn}
            isRequired
          />
        </>
      )}
    </LedgerEntryForm>
  );
}
