import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { intakeWorklistSchema } from '../api/intake-worklist';
import { useApiQuery } from '../api/use-api-query';
import { LoadState } from '../components/load-state';
import { useDocumentTitle } from '../i18n/use-document-title';
import { hasPermission } from '../session/has-permission';
import { useSignedInSession } from '../session/session-context';
import { IntakeWorklistTable } from './intake-worklist-table';

/** `/intake`: people referred and waiting for intake, with their due dates and appointments. */
export function IntakeWorklistPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'worklist.title' }));
  const session = useSignedInSession();
  const worklist = useApiQuery('/intake/worklist', intakeWorklistSchema);
  return (
    <>
      <div className="page-heading">
        <h1>
          <FormattedMessage id="worklist.title" />
        </h1>
        {hasPermission(session, 'referral.write') && (
          <Link className="button" to="/referrals/new">
            <FormattedMessage id="referral.new.title" />
          </Link>
        )}
      </div>
      <p className="intro">
        <FormattedMessage id="worklist.intro" />
      </p>
      <LoadState isLoading={worklist.isLoading && !worklist.data} error={worklist.error} onRetry={worklist.reload} />
      {worklist.data && <IntakeWorklistTable items={worklist.data} />}
    </>
  );
}
