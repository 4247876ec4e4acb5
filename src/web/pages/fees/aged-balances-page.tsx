import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { agedBalancesSchema, formatCents } from '../../api/fees';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ReportDownloads } from './report-downloads';
import './fees.css';
import { useAgencyToday } from '../../session/session-context';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/**
 * `/fees/reports/aged-balances` (fee.manage): who owes what on a day, split by how old the
 * unpaid charges are (0–30, 31–60, 61–90, over 90 days), largest balance first, with totals and
 * the same report as CSV or XLSX.
 */
export function AgedBalancesPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'fees.aged.title' }));
  const today = useAgencyToday();
  const [typed, setTyped] = useState(today);
  const [asOf, setAsOf] = useState(today);
  const [error, setError] = useState<string>();
  const path = `/fees/reports/aged-balances?asOf=${asOf}`;
  const query = useApiQuery(path, agedBalancesSchema);
  const money = (cents: number) => formatCents(cents, intl.locale);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const day = typed.trim();
    if (!isDay(day)) {
      setError(intl.formatMessage({ id: 'fees.report.date.invalid' }));
      return;
    }
    setError(undefined);
    setAsOf(day);
  };
  const data = query.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/fees">
          <FormattedMessage id="fees.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="fees.aged.title" />
      </h1>
      <p>
        <FormattedMessage id="fees.aged.about" />
      </p>
      <form noValidate onSubmit={onSubmit} className="button-row">
        <TextInput name="asOf" label={intl.formatMessage({ id: 'fees.aged.asOf' })} description={intl.formatMessage({ id: 'fees.dateHelp' })} value={typed} onChange={setTyped} error={error} />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id="fees.report.show" />
        </Button>
      </form>
      <LoadState isLoading={query.isLoading && !data} error={query.error} onRetry={query.reload} />
      {data && (
        <>
          <ReportDownloads path={`/fees/reports/aged-balances/export?asOf=${data.asOf}`} fallbackName={`aged-balances-${data.asOf}`} />
          {data.rows.length === 0 ? (
            <p>
              <FormattedMessage id="fees.aged.none" values={{ date: data.asOf }} />
            </p>
          ) : (
            <table className="table">
              <caption>
                <FormattedMessage id="fees.aged.caption" values={{ date: data.asOf, count: data.rows.length }} />
              </caption>
              <thead>
                <tr>
                  <th scope="col"><FormattedMessage id="fees.report.participant" /></th>
                  <th scope="col" className="money"><FormattedMessage id="fees.aged.balance" /></th>
                  <th scope="col" className="money"><FormattedMessage id="fees.aged.days0to30" /></th>
                  <th scope="col" className="money"><FormattedMessage id="fees.aged.days31to60" /></th>
                  <th scope="col" className="money"><FormattedMessage id="fees.aged.days61to90" /></th>
                  <th scope="col" className="money"><FormattedMessage id="fees.aged.over90" /></th>
                  <th scope="col"><FormattedMessage id="fees.aged.lastPayment" /></th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.participantId}>
                    <th scope="row">
                      <Link to={`/participants/${row.participantId}`}>{row.participantName}</Link>
                    </th>
                    <td className="money">{money(row.balanceCents)}</td>
                    <td className="money">{money(row.days0to30Cents)}</td>
                    <td className="money">{money(row.days31to60Cents)}</td>
                    <td className="money">{money(row.days61to90Cents)}</td>
                    <td className="money">{money(row.over90Cents)}</td>
                    <td>{row.lastPaymentOn ?? intl.formatMessage({ id: 'fees.aged.never' })}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row"><FormattedMessage id="fees.report.total" /></th>
                  <td className="money">{money(data.totals.balanceCents)}</td>
                  <td className="money">{money(data.totals.days0to30Cents)}</td>
                  <td className="money">{money(data.totals.days31to60Cents)}</td>
                  <td className="money">{money(data.totals.days61to90Cents)}</td>
                  <td className="money">{money(data.totals.over90Cents)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          )}
        </>
      )}
    </>
  );
}
