import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { agedBalancesSchema, formatCents } from '../../api/fees';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ReportDayHeader, useReportDay } from './report-day-form';
import { ReportDownloads } from './report-downloads';
import './fees.css';

/**
 * `/fees/reports/aged-balances` (fee.manage): who owes what on a day, split by how old the
 * unpaid charges are (0–30, 31–60, 61–90, over 90 days), largest balance first, with totals and
 * the same report as CSV or XLSX.
 */
export function AgedBalancesPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'fees.aged.title' }));
  const day = useReportDay();
  const asOf = day.day;
  const path = `/fees/reports/aged-balances?asOf=${asOf}`;
  const query = useApiQuery(path, agedBalancesSchema);
  const money = (cents: number) => formatCents(cents, intl.locale);
  const data = query.data;
  return (
    <>
      <ReportDayHeader title="fees.aged.title" about="fees.aged.about" name="asOf" label="fees.aged.asOf" state={day} />
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
