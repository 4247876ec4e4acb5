import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { correctionReasons, formatCents, type LedgerEntry, type LedgerEntryResult } from '../../api/fees';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { problemFromFields } from '../../forms/form-problem';
import { useAgencyToday } from '../../session/session-context';
import { checkEntryDay, checkSignedAmount, entryMessages, LedgerEntryDialog, LedgerEntryForm } from './ledger-entry-dialog';
import { entryLabel } from './entry-label';

/** Props of {@link RecordCorrectionDialog}. */
export interface RecordCorrectionDialogProps {
  participantId: string;
  participantName: string;
  /** The account's entries, oldest first: one of them is corrected. */
  entries: readonly LedgerEntry[];
  balanceCents: number;
  closedThrough: string | null;
  onSaved: (result: LedgerEntryResult) => void;
}

/** An entry as a choice: "Payment — debit card, 2026-11-12, $50.00, receipt no. 12". */
export function entryOption(intl: IntlShape, entry: LedgerEntry): string {
  // A payment is stored negative; it is read as the money received. A correction keeps its sign.
  const amount = formatCents(entry.kind === 'correction' ? entry.amountCents : Math.abs(entry.amountCents), intl.locale);
  const values = { entry: entryLabel(intl, entry), date: entry.effectiveOn, amount };
  return entry.receiptNumber === null
    ? intl.formatMessage({ id: 'fees.correction.entryOption' }, values)
    : intl.formatMessage({ id: 'fees.correction.entryOptionReceipt' }, { ...values, number: entry.receiptNumber });
}

/**
 * Corrects an entry without editing it: a new entry for the difference, signed as it moves what
 * is owed (negative lowers it), with a reason, dated in an open period. Both entries stay on the
 * account; the server refuses a correction of $0.00 and a day in a closed period.
 */
export function RecordCorrectionDialog(props: RecordCorrectionDialogProps) {
  return (
    <LedgerEntryDialog triggerLabel={<FormattedMessage id="fees.correction.button" />} onSaved={props.onSaved}>
      {(dialog) => <CorrectionForm {...props} onCancel={dialog.close} onSaved={dialog.onSaved} />}
    </LedgerEntryDialog>
  );
}

function CorrectionForm({ participantId, participantName, entries, balanceCents, closedThrough, onCancel, onSaved }: RecordCorrectionDialogProps & { onCancel: () => void }) {
  const intl = useIntl();
  const today = useAgencyToday();
  const [form, setForm] = useState({ correctsEntryId: '', amount: '', reason: '', effectiveOn: today });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const labels = {
    correctsEntryId: intl.formatMessage({ id: 'fees.correction.entry' }),
    amountCents: intl.formatMessage({ id: 'fees.correction.amount' }),
    reason: intl.formatMessage({ id: 'fees.correction.reason' }),
    effectiveOn: intl.formatMessage({ id: 'fees.correction.date' }),
  };
  const typed = checkSignedAmount(intl, form.amount);

  const check = () => {
    const problem = problemFromFields(
      {
        correctsEntryId: form.correctsEntryId === '' ? intl.formatMessage({ id: 'fees.correction.entry.required' }) : undefined,
        amountCents: typed.error,
        reason: form.reason === '' ? intl.formatMessage({ id: 'fees.correction.reason.required' }) : undefined,
        effectiveOn: checkEntryDay(intl, form.effectiveOn, today, closedThrough, entryMessages),
      },
      intl,
    );
    if (problem) return { problem };
    return { body: { kind: 'correction' as const, correctsEntryId: form.correctsEntryId, amountCents: typed.cents, reason: form.reason, effectiveOn: form.effectiveOn.trim() } };
  };

  return (
    <LedgerEntryForm
      participantId={participantId}
      title={<FormattedMessage id="fees.correction.title" values={{ name: participantName }} />}
      intro={
        <p>
          <FormattedMessage id="fees.correction.about" />
        </p>
      }
      labels={labels}
      submitLabel={<FormattedMessage id="fees.correction.submit" />}
      check={check}
      onCancel={onCancel}
      onSaved={onSaved}
    >
      {(problem) => (
        <>
          <SelectField
            name="correctsEntryId"
            label={labels.correctsEntryId}
            options={[...entries].reverse().map((entry) => ({ value: entry.id, label: entryOption(intl, entry) }))}
            value={form.correctsEntryId}
            onChange={(value) => set('correctsEntryId', value)}
            error={problem?.fields.correctsEntryId}
            placeholder={intl.formatMessage({ id: 'fees.correction.entry.choose' })}
          />
          <TextInput
            name="amountCents"
            label={labels.amountCents}
            description={intl.formatMessage({ id: 'fees.correction.amount.help' })}
            inputMode="text"
            value={form.amount}
            onChange={(value) => set('amount', value)}
            error={problem?.fields.amountCents}
            isRequired
          />
          {typed.error === undefined && (
            <p role="status">
              <FormattedMessage id="fees.correction.balanceAfter" values={{ amount: formatCents(balanceCents + typed.cents, intl.locale) }} />
            </p>
          )}
          <RadioChoice
            name="reason"
            label={labels.reason}
            options={correctionReasons.map((value) => ({ value, label: intl.formatMessage({ id: `fees.correctionReason.${value}` }) }))}
            value={form.reason}
            onChange={(value) => set('reason', value)}
            error={problem?.fields.reason}
          />
          <TextInput
            name="effectiveOn"
            label={labels.effectiveOn}
            description={intl.formatMessage({ id: 'fees.dateHelp' })}
            value={form.effectiveOn}
            onChange={(value) => set('effectiveOn', value)}
            error={problem?.fields.effectiveOn}
            isRequired
          />
        </>
      )}
    </LedgerEntryForm>
  );
}
