import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { dailyPaymentsSchema, formatCents } from '../../api/fees';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ReportDownloads } from './report-downloads';
import './fees.css';
import { useAgencyToday } from '../../session/session-context';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/**
 * `/fees/reports/daily-payments` (fee.manage): the payments and refunds of one day with their
 * receipt numbers, the totals by method (to count the cash drawer and match the deposits) and
 * the day's total, with the same report as CSV or XLSX.
 */
export function DailyPaymentsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'fees.daily.title' }));
  const today = useAgencyToday();
  const [typed, setTyped] = useState(today);
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string>();
  const query = useApiQuery(`/fees/reports/daily-payments?date=${date}`, dailyPaymentsSchema);
  const money = (cents: number) => formatCents(cents, intl.locale);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const day = typed.trim();
    if (!isDay(day)) {
      setError(intl.formatMessage({ id: 'fees.report.date.invalid' }));
      return;
    }
    setError(undefined);
    setDate(day);
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
        <FormattedMessage id="fees.daily.title" />
      </h1>
      <form noValidate onSubmit={onSubmit} className="button-row">
        <TextInput name="date" label={intl.formatMessage({ id: 'fees.daily.date' })} description={intl.formatMessage({ id: 'fees.dateHelp' })} value={typed} onChange={setTyped} error={error} />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id="fees.report.show" />
        </Button>
      </form>
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
