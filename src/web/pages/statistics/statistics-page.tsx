import { useMemo, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { statisticsSchema } from '../../api/statistics';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useAgencyToday } from '../../session/session-context';
import { ReportDownloads } from '../fees/report-downloads';
import { StatisticsReport } from './statistics-report';
import './statistics.css';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The calendar quarter holding a day (the period the statistics default to). */
function quarterOf(day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const startMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: new Date(Date.UTC(year, startMonth + 2, 0)).toISOString().slice(0, 10) };
}

/**
 * `/statistics` (statistics.read: managers, partner-contact leads, auditors): the Ministry
 * statistics of a period, the current quarter by default, as charts with their data tables
 * beside them and the same figures as CSV or XLSX. The screen shows exact numbers (the agency's
 * own staff); the downloads suppress counts under 5, as what leaves the agency must.
 */
export function StatisticsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'statistics.title' }));
  const quarter = quarterOf(useAgencyToday());
  const [typed, setTyped] = useState(quarter);
  const [period, setPeriod] = useState(quarter);
  const [checked, setChecked] = useState<FormProblem>();
  const query = useApiQuery(`/statistics?from=${period.from}&to=${period.to}`, statisticsSchema);
  // A period the server refused (400) is said on the form's fields; other failures by LoadState.
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

  const data = query.data;
  return (
    <>
      <h1>
        <FormattedMessage id="statistics.title" />
      </h1>
      <p>
        <FormattedMessage id="statistics.intro" />
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form noValidate onSubmit={onSubmit} className="stat-period-form" aria-label={intl.formatMessage({ id: 'statistics.period.form' })}>
        <TextInput name="from" label={labels.from} description={intl.formatMessage({ id: 'statistics.dayHelp' })} value={typed.from} onChange={(from) => setTyped({ ...typed, from })} error={problem?.fields.from} />
        <TextInput name="to" label={labels.to} description={intl.formatMessage({ id: 'statistics.dayHelp' })} value={typed.to} onChange={(to) => setTyped({ ...typed, to })} error={problem?.fields.to} />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id="statistics.show" />
        </Button>
      </form>
      <LoadState isLoading={query.isLoading && !data} error={refused ? undefined : query.error} onRetry={query.reload} />
      {data && (
        <>
          <h2>
            <FormattedMessage id="statistics.period" values={{ from: data.period.from, to: data.period.to }} />
          </h2>
          <p>
            <FormattedMessage id="statistics.downloads.about" />
          </p>
          <ReportDownloads path={`/statistics/export?from=${data.period.from}&to=${data.period.to}`} fallbackName={`statistics-${data.period.from}-${data.period.to}`} />
          <StatisticsReport statistics={data} />
        </>
      )}
    </>
  );
}
