import { FormattedMessage, useIntl } from 'react-intl';
import { statisticsSchema } from '../../api/statistics';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { usePeriodReport } from './period-report';
import { ReportDownloads } from '../fees/report-downloads';
import { StatisticsReport } from './statistics-report';
import './statistics.css';

/**
 * `/statistics` (statistics.read: managers, partner-contact leads, auditors): the Ministry
 * statistics of a period, the current quarter by default, as charts with their data tables
 * beside them and the same figures as CSV or XLSX. The screen shows exact numbers (the agency's
 * own staff); the downloads suppress counts under 5, as what leaves the agency must.
 */
export function StatisticsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'statistics.title' }));
  const { query, controls } = usePeriodReport('/statistics', statisticsSchema, { form: 'statistics.period.form', show: 'statistics.show' });
  const data = query.data;
  return (
    <>
      <h1>
        <FormattedMessage id="statistics.title" />
      </h1>
      <p>
        <FormattedMessage id="statistics.intro" />
      </p>
      {controls}
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
