import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { StatusState } from '../api/use-status';
import { AgencySummary } from '../components/agency-summary';
import { StatusMessage } from '../components/status-message';
import { SystemStatus } from '../components/system-status';
import { useDocumentTitle } from '../i18n/use-document-title';

/** Props of {@link HomePage}. */
export interface HomePageProps {
  status: StatusState;
  onRetry: () => void;
}

/** Home for visitors: what PARS is, the agency and its sites, whether the system is healthy, and sign-in. */
export function HomePage({ status, onRetry }: HomePageProps) {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'home.title' }));
  const { data } = status;
  return (
    <>
      <h1>
        <FormattedMessage id="home.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="home.intro" />
      </p>
      <p className="home-actions">
        <Link className="button" to="/sign-in">
          <FormattedMessage id="home.signIn" />
        </Link>
      </p>
      {/* While reloading (after a language change) earlier data stays; no loading flash. */}
      <StatusMessage
        isLoading={status.isLoading && !data}
        error={status.error}
        onRetry={onRetry}
      />
      {data && (
        <div className="cards">
          <AgencySummary
            agency={data.agency}
            now={new Date(data.time)}
            isDatabaseAvailable={data.database.status === 'ok'}
          />
          <SystemStatus status={data} />
        </div>
      )}
    </>
  );
}
