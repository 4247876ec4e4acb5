import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';

/**
 * `/fees` (fee.read): where finance starts: the daily payments and aged balances reports and
 * the fee settings with closing the books (for fee.manage), and the fee schedules. A
 * participant's account is on their file.
 */
export function FeesPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'fees.title' }));
  const canManage = hasPermission(session, 'fee.manage');
  return (
    <>
      <h1>
        <FormattedMessage id="fees.title" />
      </h1>
      <p>
        <FormattedMessage id="fees.about" />
      </p>
      <ul className="plain-list stack">
        {canManage && (
          <>
            <li>
              <Link to="/fees/reports/daily-payments">
                <FormattedMessage id="fees.daily.title" />
              </Link>
              <br />
              <FormattedMessage id="fees.daily.about" />
            </li>
            <li>
              <Link to="/fees/reports/aged-balances">
                <FormattedMessage id="fees.aged.title" />
              </Link>
              <br />
              <FormattedMessage id="fees.aged.about" />
            </li>
            <li>
              <Link to="/fees/settings">
                <FormattedMessage id="fees.settings.title" />
              </Link>
              <br />
              <FormattedMessage id="fees.settings.about" />
            </li>
          </>
        )}
        <li>
          <Link to="/fees/schedules">
            <FormattedMessage id="fees.schedules.title" />
          </Link>
          <br />
          <FormattedMessage id="fees.schedules.about" />
        </li>
      </ul>
    </>
  );
}
