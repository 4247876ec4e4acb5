import { useIntl, type IntlShape } from 'react-intl';
import { paymentMethods, type PaymentMethod } from '../../api/fees';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import type { MessageId } from '../../i18n/messages';
import { checkEntryDay, checkPositiveAmount, type EntryMessages, type LedgerEntryBody } from './ledger-entry-dialog';

/** What a payment or refund form holds while it is typed. */
export interface MoneyEntry {
  amount: string;
  method: PaymentMethod;
  payerName: string;
  effectiveOn: string;
}

/** The visible labels of a money form's fields, in form order (the error summary's links). */
export type MoneyLabels = Record<'amountCents' | 'method' | 'payerName' | 'effectiveOn', string>;

/** A new money form: cash, dated the agency's today. */
export function newMoneyEntry(today: string): MoneyEntry {
  return { amount: '', method: 'cash', payerName: '', effectiveOn: today };
}

/**
 * Checks a payment or a refund as typed: the problem to show, or the entry to send. A third party
 * must be named; the day is checked against the agency's today and the closed period.
 */
export function checkMoneyEntry(
  intl: IntlShape,
  kind: 'payment' | 'refund',
  form: MoneyEntry,
  context: { today: string; closedThrough: string | null; messages: EntryMessages; payerRequired: MessageId },
): { problem: FormProblem } | { body: LedgerEntryBody } {
  const amount = checkPositiveAmount(intl, form.amount, context.messages);
  const isThirdParty = form.method === 'third_party';
  const problem = problemFromFields(
    {
      amountCents: amount.error,
      payerName: isThirdParty && form.payerName.trim() === '' ? intl.formatMessage({ id: context.payerRequired }) : undefined,
      effectiveOn: checkEntryDay(intl, form.effectiveOn, context.today, context.closedThrough, context.messages),
    },
    intl,
  );
  if (problem) return { problem };
  return { body: { kind, amountCents: amount.cents, method: form.method, payerName: isThirdParty ? form.payerName.trim() : null, effectiveOn: form.effectiveOn.trim() } };
}

/** Props of {@link MoneyEntryFields}. */
export interface MoneyEntryFieldsProps {
  form: MoneyEntry;
  onChange: (form: MoneyEntry) => void;
  labels: MoneyLabels;
  problem: FormProblem | undefined;
}

/** The fields of a payment or a refund: amount, method, the third party's name (for a third party), day. */
export function MoneyEntryFields({ form, onChange, labels, problem }: MoneyEntryFieldsProps) {
  const intl = useIntl();
  const set = <K extends keyof MoneyEntry>(key: K, value: MoneyEntry[K]) => onChange({ ...form, [key]: value });
  return (
    <>
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
    </>
  );
}
