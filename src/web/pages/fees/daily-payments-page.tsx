import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { dailyPaymentsSchema, formatCents } from '../../api/fees';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ReportDayHeader, useReportDay } from './report-day-form';
import { ReportDownloads } from './report-downloads';
import './fees.css';

/**
 * `/fees/reports/daily-payments` (fee.manage): the payments and refunds of one day with their
 * receipt numbers, the totals by method (to count the cash drawer and match the deposits) and
 * the day's total, with the same report as CSV or XLSX.
 */
export function DailyPaymentsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'fees.daily.title' }));
  const day = useReportDay();
  const date = day.day;
  const query = useApiQuery(`/fees/reports/daily-payments?date=${date}`, dailyPaymentsSchema);
  const money = (cents: number) => formatCents(cents, intl.locale);
  const data = query.data;
  return (
    <>
      <ReportDayHeader title="fees.daily.title" name="date" label="fees.daily.date" state={day} />
      <LoadState isLoading={query.isLoading && !data} error={query.error} onRetry={query.reload} />
      {data && (
        <>
          <ReportDownloads path={`/fees/reports/daily-payments/export?date=${data.date}`} fallbackName={`daily-payments-${data.date}`} />
          {data.rows.length === 0 ? (
            <p>
              <FormattedMessage id="fees.daily.none" values={{ date: data.date }} />
            </p>
          ) : (
            <>
              <table className="table">
                <caption>
                  <FormattedMessage id="fees.daily.caption" values={{ date: data.date, count: data.rows.length }} />
                </caption>
                <thead>
                  <tr>
                    <th scope="col"><FormattedMessage id="fees.ledger.receipt" /></th>
                    <th scope="col"><FormattedMessage id="fees.report.participant" /></th>
                    <th scope="col"><FormattedMessage id="fees.ledger.entry" /></th>
                    <th scope="col"><FormattedMessage id="fees.payment.method" /></th>
                    <th scope="col"><FormattedMessage id="fees.payment.payer" /></th>
                    <th scope="col" className="money"><FormattedMessage id="fees.daily.amount" /></th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.entryId}>
                      <td>{row.receiptNumber}</td>
                      <th scope="row">
                        <Link to={`/participants/${row.participantId}`}>{row.participantName}</Link>
                      </th>
                      <td>{enumLabel(intl, 'fees.entryKind', row.kind)}</td>
                      <td>{enumLabel(intl, 'fees.method', row.method)}</td>
                      <td>{row.payerName ?? ''}</td>
                      <td className="money">{money(row.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="table">
                <caption>
                  <FormattedMessage id="fees.daily.byMethod" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col"><FormattedMessage id="fees.payment.method" /></th>
                    <th scope="col" className="money"><FormattedMessage id="fees.daily.amount" /></th>
                  </tr>
                </thead>
                <tbody>
                  {data.totalsByMethod.map((total) => (
                    <tr key={total.method}>
                      <th scope="row">{enumLabel(intl, 'fees.method', total.method)}</th>
                      <td className="money">{money(total.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row"><FormattedMessage id="fees.report.total" /></th>
                    <td className="money">{money(data.totalCents)}</td>
                  </tr>
                </tfoot>
              </table>
            </>
          )}
        </>
      )}
    </>
  );
}
