import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { complianceSchema } from '../../api/compliance';
import { DateTime } from '../../components/date-time';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { usePeriodReport } from '../statistics/period-report';
import { ClockSection } from './clock-section';
import './compliance.css';

/**
 * `/compliance` (statistics.read: managers, partner-contact leads, auditors with a grant): each
 * clock the programs run on, for a period (the current quarter by default), evaluated from the
 * records now: the percentage met on time, the counts, and on demand the items behind them,
 * overdue first, named only as far as the reader may know who they are about.
 */
export function CompliancePage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'compliance.title' }));
  const { query, controls } = usePeriodReport('/compliance', complianceSchema, { form: 'compliance.period.form', show: 'compliance.show' });
  const data = query.data;
  return (
    <>
      <h1>
        <FormattedMessage id="compliance.title" />
      </h1>
      <p>
        <FormattedMessage id="compliance.intro" />
      </p>
      {controls}
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
