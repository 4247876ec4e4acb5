import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatCents, ledgerEntryResultSchema, parseDollars, paymentMethods, type PaymentMethod } from '../../api/fees';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useAgencyToday, useSession } from '../../session/session-context';

/** Props of {@link RecordPaymentDialog}. */
export interface RecordPaymentDialogProps {
  participantId: string;
  participantName: string;
  /** What the account owes now (negative: a credit), to say it in the form. */
  balanceCents: number;
  /** The books are closed up to this day: an entry dated on or before it is refused. */
  closedThrough: string | null;
  /** Told the receipt number of the payment recorded (or of the first one, when sent twice). */
  onSaved: (result: { receiptNumber: number | null; duplicate: boolean }) => void;
}

/**
 * Records a payment: amount, method, who paid (for a third party) and the day. The form carries
 * an idempotency key made when it opens, so a double click or a retry after a lost answer
 * records one payment. Bad amounts and days are said before sending; the server's refusals
 * (overpayment, closed period) come back on their field.
 */
export function RecordPaymentDialog(props: RecordPaymentDialogProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button">
        <FormattedMessage id="fees.payment.button" />
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {isOpen && (
              <PaymentForm
                {...props}
                onCancel={() => setOpen(false)}
                onSaved={(result) => {
                  setOpen(false);
                  props.onSaved(result);
                }}
              />
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function PaymentForm({ participantId, participantName, balanceCents, closedThrough, onCancel, onSaved }: RecordPaymentDialogProps & { onCancel: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const today = useAgencyToday();
  // One key per form shown: sending it again gives back the first payment.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({ amount: '', method: 'cash' as PaymentMethod, payerName: '', effectiveOn: today });
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const labels = {
    amountCents: intl.formatMessage({ id: 'fees.payment.amount' }),
    method: intl.formatMessage({ id: 'fees.payment.method' }),
    payerName: intl.formatMessage({ id: 'fees.payment.payer' }),
    effectiveOn: intl.formatMessage({ id: 'fees.payment.date' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const typed = form.amount.trim();
    const cents = parseDollars(typed);
    const day = form.effectiveOn.trim();
    const dayValid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day));
    const local = problemFromFields(
      {
        amountCents:
          typed === ''
            ? intl.formatMessage({ id: 'fees.payment.amount.required' })
            : typed.startsWith('-')
              ? intl.formatMessage({ id: 'fees.payment.amount.negative' })
              : cents === undefined
                ? intl.formatMessage({ id: 'fees.payment.amount.invalid' })
                : cents === 0
                  ? intl.formatMessage({ id: 'fees.payment.amount.zero' })
                  : undefined,
        payerName: form.method === 'third_party' && form.payerName.trim() === '' ? intl.formatMessage({ id: 'fees.payment.payer.required' }) : undefined,
        effectiveOn: !dayValid
          ? intl.formatMessage({ id: 'fees.payment.date.invalid' })
          : day > today
            ? intl.formatMessage({ id: 'fees.payment.date.future' })
            : closedThrough !== null && day <= closedThrough
              ? intl.formatMessage({ id: 'fees.payment.date.closed' }, { closedThrough })
              : undefined,
      },
      intl,
    );
    setProblem(local);
    if (local || cents === undefined) return;
    const body = {
      kind: 'payment',
      idempotencyKey,
      amountCents: cents,
      method: form.method,
      payerName: form.method === 'third_party' ? form.payerName.trim() : null,
      effectiveOn: day,
    };
    setBusy(true);
    try {
      const result = await api.send('POST', `/participants/${participantId}/ledger-entries`, body, ledgerEntryResultSchema);
      onSaved({ receiptNumber: result.entry.receiptNumber, duplicate: result.duplicate });
    } catch (error) {
      setProblem(
        problemFromError(error, intl, {
          'fees.amount_not_positive': 'amountCents',
          'fees.amount_too_large': 'amountCents',
          'fees.overpayment': 'amountCents',
          'fees.period_closed': 'effectiveOn',
          'fees.entry_in_future': 'effectiveOn',
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Heading slot="title" className="dialog-title">
        <FormattedMessage id="fees.payment.title" values={{ name: participantName }} />
      </Heading>
      <p>
        {balanceCents >= 0 ? (
          <FormattedMessage id="fees.payment.owing" values={{ amount: formatCents(balanceCents, intl.locale) }} />
        ) : (
          <FormattedMessage id="fees.payment.credit" values={{ amount: formatCents(-balanceCents, intl.locale) }} />
        )}
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <TextInput
        name="amountCents"
        label={labels.amountCents}
        description={intl.formatMessage({ id: 'fees.payment.amount.help' })}
        inputMode="decimal"
        value={form.amount}
        onChange={(value) => set('amount', value)}
        error={problem?.fields.amountCents}
        isRequired
      />
      <RadioChoice
        name="method"
        label={labels.method}
        options={paymentMethods.map((value) => ({ value, label: intl.formatMessage({ id: `fees.method.${value}` }) }))}
        value={form.method}
        onChange={(value) => set('method', value as PaymentMethod)}
        error={problem?.fields.method}
      />
      {form.method === 'third_party' && (
        <TextInput name="payerName" label={labels.payerName} value={form.payerName} onChange={(value) => set('payerName', value)} error={problem?.fields.payerName} isRequired />
      )}
      <TextInput
        name="effectiveOn"
        label={labels.effectiveOn}
        description={intl.formatMessage({ id: 'fees.dateHelp' })}
        value={form.effectiveOn}
        onChange={(value) => set('effectiveOn', value)}
        error={problem?.fields.effectiveOn}
        isRequired
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="fees.payment.submit" />
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          <FormattedMessage id="dialog.cancel" />
        </Button>
      </div>
    </form>
  );
}
