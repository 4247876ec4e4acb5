import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { userListSchema } from '../api/user-summary';
import { useApiQuery } from '../api/use-api-query';
import { LoadState } from '../components/load-state';
import { useDocumentTitle } from '../i18n/use-document-title';
import { hasPermission } from '../session/has-permission';
import { useSignedInSession } from '../session/session-context';
import { UserTable } from './user-table';

/** `/admin/users`: the agency's staff accounts, and for an administrator a way to add one. */
export function UsersPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'users.title' }));
  const session = useSignedInSession();
  const users = useApiQuery('/users', userListSchema);
  return (
    <>
      <div className="page-heading">
        <h1>
          <FormattedMessage id="users.title" />
        </h1>
        {hasPermission(session, 'user.manage') && (
          <Link className="button" to="/admin/users/new">
            <FormattedMessage id="users.create" />
          </Link>
        )}
      </div>
      <p className="intro">
        <FormattedMessage id="users.intro" />
      </p>
      <LoadState isLoading={users.isLoading && !users.data} error={users.error} onRetry={users.reload} />
      {users.data && <UserTable users={users.data} now={new Date()} />}
    </>
  );
}
