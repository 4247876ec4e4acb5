import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { UserSummary } from '../api/user-summary';
import { RoleNames } from '../components/role-names';
import { AccountBadge } from '../components/account-badge';

/** Props of {@link UserTable}. */
export interface UserTableProps {
  users: readonly UserSummary[];
  /** To tell a running lockout from one that has passed. */
  now: Date;
}

/** Staff accounts as a table: name (to the account's page) and email, roles, status, second factor, lockout. */
export function UserTable({ users, now }: UserTableProps) {
  const intl = useIntl();
  const sorted = [...users].sort((a, b) => a.displayName.localeCompare(b.displayName, intl.locale));
  return (
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="table">
        <caption id="users-caption">
          <FormattedMessage id="users.caption" values={{ count: users.length }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="users.column.nameEmail" />
            </th>
            <th scope="col">
              <FormattedMessage id="users.column.roles" />
            </th>
            <th scope="col">
              <FormattedMessage id="users.column.status" />
            </th>
            <th scope="col">
              <FormattedMessage id="users.column.secondFactor" />
            </th>
            <th scope="col">
              <FormattedMessage id="users.column.locked" />
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link>
                {/* Under the name rather than in a column of its own: the table stays readable on a laptop. */}
                <span className="table-note">{user.email}</span>
              </th>
              <td>
                <RoleNames roles={user.roles} />
              </td>
              <td>
                <AccountBadge user={user} aspect="status" now={now} />
              </td>
              <td>
                <AccountBadge user={user} aspect="secondFactor" now={now} />
              </td>
              <td>
                <AccountBadge user={user} aspect="lock" now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
