import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { declaredIncomeSchema, incomeAnswerSchema, type DeclaredIncome, type ParticipantFile } from '../api/participant-file';
import { useApiQuery } from '../api/use-api-query';
import { ErrorSummary } from '../components/error-summary';
import { LoadState } from '../components/load-state';
import { TextInput } from '../components/text-input';
import { formatIsoDate } from '../format/format-iso-date';
import { problemFromFields } from '../forms/form-problem';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';

/** Props of {@link ParticipantIncome}. */
export interface ParticipantIncomeProps {
  file: ParticipantFile;
  write: CaseWrite;
  /** The user may record the income (`income.write`), not only see it. */
  canWrite: boolean;
}

/** "48 000,50" or "48,000.50" → cents; undefined when it is not an amount. */
function parseCents(text: string, locale: string): number | undefined {
  let value = text.replace(/[\s\u00a0\u202f$]/g, '');
  value = locale.startsWith('fr') ? value.replace(',', '.') : value.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  return Math.round(Number(value) * 100);
}

/**
 * What the participant declared about their household (it sets the fee): intake and finance only.
 * With `income.write`, a form to record it, or correct it on the version last read.
 */
export function ParticipantIncome({ file, write, canWrite }: ParticipantIncomeProps) {
  const intl = useIntl();
  const income = useApiQuery(`/participants/${file.id}/income`, incomeAnswerSchema);
  const data = income.data;
  return (
    <section className="card" aria-labelledby="income-heading">
      <h2 id="income-heading">
        <FormattedMessage id="income.title" />
      </h2>
      <LoadState isLoading={income.isLoading && data === undefined} error={income.error} onRetry={income.reload} />
      {data === null && (
        <p>
          <FormattedMessage id="income.none" />
        </p>
      )}
      {data && (
        <dl className="facts">
          <div>
            <dt>
              <FormattedMessage id="income.householdSize" />
            </dt>
            <dd>{intl.formatNumber(data.householdSize)}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="income.annualIncome" />
            </dt>
            <dd>{intl.formatNumber(data.annualIncomeCents / 100, { style: 'currency', currency: 'CAD' })}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="income.declaredAt" />
            </dt>
            <dd>{formatIsoDate(new Date(data.declaredAt))}</dd>
          </div>
        </dl>
      )}
      {canWrite && data !== undefined && (
        <IncomeForm key={data?.version ?? 0} file={file} write={write} income={data} onSaved={income.setData} onRefused={income.reload} />
      )}
    </section>
  );
}

/** Props of {@link IncomeForm}. */
interface IncomeFormProps {
  file: ParticipantFile;
  write: CaseWrite;
  income: DeclaredIncome | null;
  onSaved: (income: DeclaredIncome) => void;
  onRefused: () => void;
}

/** Household size and annual income in dollars (sent in cents), on the version last read (0 for the first). */
function IncomeForm({ file, write, income, onSaved, onRefused }: IncomeFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [values, setValues] = useState({
    householdSize: income ? String(income.householdSize) : '',
    annualIncome: income ? (income.annualIncomeCents / 100).toFixed(2) : '',
  });
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const problem = write.problemOf('income');
  const labels = {
    householdSize: intl.formatMessage({ id: 'income.householdSize' }),
    annualIncome: intl.formatMessage({ id: 'income.annualIncome' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const size = /^\d+$/.test(values.householdSize.trim()) ? Number(values.householdSize.trim()) : NaN;
    const cents = parseCents(values.annualIncome, intl.locale);
    const sizeOk = size >= 1 && size <= 20;
    const missing = problemFromFields(
      {
        householdSize: sizeOk ? undefined : intl.formatMessage({ id: values.householdSize.trim() ? 'income.invalidSize' : 'form.required' }),
        annualIncome: cents !== undefined ? undefined : intl.formatMessage({ id: values.annualIncome.trim() ? 'income.invalidAmount' : 'form.required' }),
      },
      intl,
    );
    if (missing) return write.refuse('income', missing);
    const body = { householdSize: size, annualIncomeCents: cents, version: income?.version ?? 0 };
    const saved = await write.run(
      'income',
      async () => onSaved(await api.send('PUT', `/participants/${file.id}/income`, body, declaredIncomeSchema)),
      'income.done',
    );
    // Someone else may have recorded it meanwhile: show theirs, so that it can be corrected on it.
    if (!saved) onRefused();
  };

  return (
    <>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form narrow" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          name="householdSize"
          inputMode="numeric"
          label={labels.householdSize}
          description={intl.formatMessage({ id: 'income.householdSize.help' })}
          value={values.householdSize}
          onChange={set('householdSize')}
          error={problem?.fields.householdSize}
        />
        <TextInput
          name="annualIncome"
          inputMode="decimal"
          label={labels.annualIncome}
          description={intl.formatMessage({ id: 'income.annualIncome.help' })}
          value={values.annualIncome}
          onChange={set('annualIncome')}
          error={problem?.fields.annualIncome ?? problem?.fields.annualIncomeCents}
        />
        <Button type="submit" className="button" isDisabled={write.isBusy}>
          <FormattedMessage id="income.submit" />
        </Button>
      </form>
    </>
  );
}
