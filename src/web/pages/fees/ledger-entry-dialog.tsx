import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { ledgerEntryResultSchema, parseDollars, type LedgerEntryResult, type PaymentMethod } from '../../api/fees';
import { ErrorSummary } from '../../components/error-summary';
import { problemFromError, type FormProblem } from '../../forms/form-problem';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';
import './fees.css';

/** What a ledger form sends, but its idempotency key (src/core/fees/fees.schema.ts, CreateLedgerEntryInput). */
export type LedgerEntryBody =
  | { kind: 'payment' | 'refund'; amountCents: number; method: PaymentMethod; payerName: string | null; effectiveOn: string }
  | { kind: 'charge'; chargeType: 'private_session'; amountCents: number; effectiveOn: string }
  | { kind: 'correction'; correctsEntryId: string; amountCents: number; reason: string; effectiveOn: string };

/** The field each of the server's ledger refusals is about, so that its message shows there. */
const entryCodeFields: Partial<Record<string, string>> = {
  'fees.amount_not_positive': 'amountCents',
  'fees.amount_zero': 'amountCents',
  'fees.amount_too_large': 'amountCents',
  'fees.overpayment': 'amountCents',
  'fees.refund_exceeds_payments': 'amountCents',
  'fees.period_closed': 'effectiveOn',
  'fees.entry_in_future': 'effectiveOn',
  'fees.entry_not_found': 'correctsEntryId',
  'fees.correction_of_other_participant': 'correctsEntryId',
};

/** What a ledger form is given by its dialog: close it (Cancel), or close it and say what was saved. */
export interface LedgerEntryDialogControls {
  close: () => void;
  onSaved: (result: LedgerEntryResult) => void;
}

/**
 * The button of a ledger entry (payment, refund, charge, correction) and its modal. The form is
 * drawn only while the dialog is open, so each time it opens it starts afresh with a new
 * idempotency key. react-aria's modal traps focus, closes on Escape and gives focus back.
 */
export function LedgerEntryDialog({
  triggerLabel,
  isPrimary,
  onSaved,
  children,
}: {
  triggerLabel: ReactNode;
  isPrimary?: boolean;
  onSaved: (result: LedgerEntryResult) => void;
  children: (controls: LedgerEntryDialogControls) => ReactNode;
}) {
  const [isOpen, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className={isPrimary ? 'button' : 'button button-secondary'}>{triggerLabel}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {isOpen &&
              children({
                close,
                onSaved: (result) => {
                  close();
                  onSaved(result);
                },
              })}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** Props of {@link LedgerEntryForm}. */
export interface LedgerEntryFormProps {
  participantId: string;
  title: ReactNode;
  /** Where the account stands, what the entry does: said before the fields. */
  intro?: ReactNode;
  /** Visible labels of the fields, in form order, for the error summary's links. */
  labels: Partial<Record<string, string>>;
  submitLabel: ReactNode;
  /** Checks what was typed: the problem to show, or the entry to send. */
  check: () => { problem: FormProblem } | { body: LedgerEntryBody };
  onCancel: () => void;
  onSaved: (result: LedgerEntryResult) => void;
  /** The fields, given the problem to show on them. */
  children: (problem: FormProblem | undefined) => ReactNode;
}

/**
 * A ledger entry's form: title, error summary, fields, and Record / Cancel. It sends the entry
 * with one idempotency key per form shown (a double click or a retry after a lost answer records
 * one entry) and puts the server's refusals (closed period, overpayment, refund beyond what was
 * paid, a future day) on their field, in the reader's language.
 */
export function LedgerEntryForm({ participantId, title, intro, labels, submitLabel, check, onCancel, onSaved, children }: LedgerEntryFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  // One key per form shown: sending it again gives back the first entry.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const checked = check();
    if ('problem' in checked) {
      setProblem(checked.problem);
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      onSaved(await api.send('POST', `/participants/${participantId}/ledger-entries`, { ...checked.body, idempotencyKey }, ledgerEntryResultSchema));
    } catch (error) {
      setProblem(problemFromError(error, intl, entryCodeFields));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Heading slot="title" className="dialog-title">
        {title}
      </Heading>
      {intro}
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      {children(problem)}
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy}>
          {submitLabel}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          <FormattedMessage id="dialog.cancel" />
        </Button>
      </div>
    </form>
  );
}

/** The words a form uses for a wrong amount or day (a payment speaks of "the amount paid"). */
export interface EntryMessages {
  amountRequired: MessageId;
  amountNegative: MessageId;
  dateFuture: MessageId;
  dateClosed: MessageId;
}

/** The words of refunds, charges and corrections. */
export const entryMessages: EntryMessages = {
  amountRequired: 'fees.entry.amount.required',
  amountNegative: 'fees.entry.amount.negative',
  dateFuture: 'fees.entry.date.future',
  dateClosed: 'fees.entry.date.closed',
};

/** An amount as typed, checked: its cents (0 when wrong), or what is wrong with it. */
export interface CheckedAmount {
  cents: number;
  error: string | undefined;
}

/** A positive amount typed in dollars ("125", "125,50"). */
export function checkPositiveAmount(intl: IntlShape, typed: string, messages: EntryMessages): CheckedAmount {
  const text = typed.trim();
  const cents = parseDollars(text);
  const wrong = (id: MessageId) => ({ cents: 0, error: intl.formatMessage({ id }) });
  if (text === '') return wrong(messages.amountRequired);
  if (/^[-−]/.test(text)) return wrong(messages.amountNegative);
  if (cents === undefined) return wrong('fees.payment.amount.invalid');
  if (cents === 0) return wrong('fees.payment.amount.zero');
  return { cents, error: undefined };
}

/** A signed amount typed in dollars (a correction: "-25" takes $25.00 off what is owed). */
export function checkSignedAmount(intl: IntlShape, typed: string): CheckedAmount {
  const text = typed.trim().replace(/^−/, '-');
  const wrong = (id: MessageId) => ({ cents: 0, error: intl.formatMessage({ id }) });
  if (text === '') return wrong('fees.entry.amount.required');
  const cents = parseDollars(text.replace(/^[-+]\s*/, ''));
  if (cents === undefined) return wrong('fees.correction.amount.invalid');
  if (cents === 0) return wrong('fees.correction.amount.zero');
  return { cents: text.startsWith('-') ? -cents : cents, error: undefined };
}

/**
 * What is wrong with an entry's day, checked as the server will: YYYY-MM-DD, not after the
 * agency's today, not on or before the day the books are closed through.
 */
export function checkEntryDay(intl: IntlShape, typed: string, today: string, closedThrough: string | null, messages: EntryMessages): string | undefined {
  const day = typed.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return intl.formatMessage({ id: 'fees.payment.date.invalid' });
  if (day > today) return intl.formatMessage({ id: messages.dateFuture });
  if (closedThrough !== null && day <= closedThrough) return intl.formatMessage({ id: messages.dateClosed }, { closedThrough });
  return undefined;
}
