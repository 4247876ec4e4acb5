import { useMemo, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { complianceSchema } from '../../api/compliance';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useAgencyToday } from '../../session/session-context';
import { ClockSection } from './clock-section';
import './compliance.css';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The calendar quarter holding a day (the period the figures default to, as the statistics'). */
function quarterOf(day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const startMonth = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: new Date(Date.UTC(year, startMonth + 2, 0)).toISOString().slice(0, 10) };
}

/**
 * `/compliance` (statistics.read: managers, partner-contact leads, auditors with a grant): each
 * clock the programs run on, for a period (the current quarter by default), evaluated from the
 * records now: the percentage met on time, the counts, and on demand the items behind them,
 * overdue first, named only as far as the reader may know who they are about.
 */
export function CompliancePage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'compliance.title' }));
  const quarter = quarterOf(useAgencyToday());
  const [typed, setTyped] = useState(quarter);
  const [period, setPeriod] = useState(quarter);
  const [checked, setChecked] = useState<FormProblem>();
  const query = useApiQuery(`/compliance?from=${period.from}&to=${period.to}`, complianceSchema);
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
        <FormattedMessage id="compliance.title" />
      </h1>
      <p>
        <FormattedMessage id="compliance.intro" />
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form noValidate onSubmit={onSubmit} className="stat-period-form" aria-label={intl.formatMessage({ id: 'compliance.period.form' })}>
        <TextInput name="from" label={labels.from} description={intl.formatMessage({ id: 'statistics.dayHelp' })} value={typed.from} onChange={(from) => setTyped({ ...typed, from })} error={problem?.fields.from} />
        <TextInput name="to" label={labels.to} description={intl.formatMessage({ id: 'statistics.dayHelp' })} value={typed.to} onChange={(to) => setTyped({ ...typed, to })} error={problem?.fields.to} />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id="compliance.show" />
        </Button>
      </form>
      <LoadState isLoading={query.isLoading && !data} error={refused ? undefined : query.error} onRetry={query.reload} />
      {data && (
        <>
          <h2>
            <FormattedMessage id="statistics.period" values={{ from: data.period.from, to: data.period.to }} />
          </h2>
          <p>
            <FormattedMessage id="compliance.asOf" values={{ time: <DateTime value={new Date(data.generatedAt)} /> }} />
            {data.suppressed && (
              <>
                {' '}
                <FormattedMessage id="compliance.suppressed" values={{ suppressed: '<5' }} />
              </>
            )}
          </p>
          <p>
            <FormattedMessage id="compliance.exportNote" values={{ link: (chunks) => <Link to="/statistics">{chunks}</Link> }} />
          </p>
          <div className="compliance-clocks">
            {data.clocks.map((figures) => (
              <ClockSection key={`${figures.clock}-${data.period.from}-${data.period.to}`} figures={figures} period={data.period} />
            ))}
          </div>
          <p>
            <Link to="/partner-contact/compliance">
              <FormattedMessage id="compliance.partnerSnapshot" />
            </Link>
          </p>
        </>
      )}
    </>
  );
}
