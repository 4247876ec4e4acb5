import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod/mini';
import { type QueryState, useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useAgencyToday } from '../../session/session-context';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The calendar quarter holding a day (the period the statistics and compliance default to). */
export function quarterOf(day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const startMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: new Date(Date.UTC(year, startMonth + 2, 0)).toISOString().slice(0, 10) };
}

/**
 * A report over a period of agency days (`path?from=…&to=…`), the current quarter by default,
 * with the form that changes the period: two days checked on their fields before anything is
 * asked, and a period the server refuses (400) said on the same fields. Other failures are the
 * load state's. The statistics and the compliance pages are both made of this.
 */
export function usePeriodReport<T>(
  path: '/statistics' | '/compliance',
  schema: z.ZodMiniType<T>,
  words: { form: 'statistics.period.form' | 'compliance.period.form'; show: 'statistics.show' | 'compliance.show' },
): { query: QueryState<T>; controls: ReactNode } {
  const intl = useIntl();
  const quarter = quarterOf(useAgencyToday());
  const [typed, setTyped] = useState(quarter);
  const [period, setPeriod] = useState(quarter);
  const [checked, setChecked] = useState<FormProblem>();
  const query = useApiQuery(`${path}?from=${period.from}&to=${period.to}`, schema);
  const refused = useMemo(() => (query.error?.status === 400 ? problemFromError(query.error, intl) : undefined), [query.error, intl]);
  const problem = checked ?? refused;
  const labels = { from: intl.formatMessage({ id: 'statistics.from' }), to: intl.formatMessage({ id: 'statistics.to' }) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const from = typed.from.trim();
    const to = typed.to.trim();
    const dayError = (day: string) => (isDay(day) ? undefined : intl.formatMessage({ id: 'statistics.dayInvalid' }));
    const fields = { from: dayError(from), to: dayError(to) ?? (isDay(from) && to < from ? intl.formatMessage({ id: 'statistics.endBeforeStart' }, { from, to }) : undefined) };
    const wrong = problemFromFields(fields, intl);
    setChecked(wrong);
    if (!wrong) setPeriod({ from, to });
  };

  const controls = (
    <>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form noValidate onSubmit={onSubmit} className="stat-period-form" aria-label={intl.formatMessage({ id: words.form })}>
        <TextInput name="from" label={labels.from} description={intl.formatMessage({ id: 'statistics.dayHelp' })} value={typed.from} onChange={(from) => setTyped({ ...typed, from })} error={problem?.fields.from} />
        <TextInput name="to" label={labels.to} description={intl.formatMessage({ id: 'statistics.dayHelp' })} value={typed.to} onChange={(to) => setTyped({ ...typed, to })} error={problem?.fields.to} />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id={words.show} />
        </Button>
      </form>
      <LoadState isLoading={query.isLoading && !query.data} error={refused ? undefined : query.error} onRetry={query.reload} />
    </>
  );
  return { query, controls };
}
