import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { userListSchema, type UserSummary } from '../api/user-summary';
import { useApiQuery } from '../api/use-api-query';
import { ErrorSummary } from '../components/error-summary';
import { LoadState } from '../components/load-state';
import { RoleNames } from '../components/role-names';
import { SuccessNotice } from '../components/success-notice';
import { problemFromError, type FormProblem } from '../forms/form-problem';
import { useDocumentTitle } from '../i18n/use-document-title';
import { hasPermission } from '../session/has-permission';
import { useSignedInSession } from '../session/session-context';
import { UserActions } from './user-actions';
import { UserFacts } from './user-facts';
import { UserRolesForm } from './user-roles-form';

/** What the last change did, for the live region. */
export type UserChange = 'created' | 'roles' | 'disabled' | 'enabled' | 'secondFactorReset';

/**
 * `/admin/users/:userId`: one staff account, its roles (with the team rule) and the actions an
 * administrator can take. The API has no single-account read, so the list is read and searched.
 */
export function UserPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { userId } = useParams();
  const location = useLocation();
  const users = useApiQuery('/users', userListSchema);
  const initialChange = (location.state as { notice?: string } | null)?.notice === 'created' ? 'created' : undefined;
  const [change, setChange] = useState<UserChange | undefined>(initialChange);
  const [problem, setProblem] = useState<FormProblem>();
  const user = users.data?.find((candidate) => candidate.id === userId);
  useDocumentTitle(user?.displayName ?? intl.formatMessage({ id: 'users.title' }));
  const canManage = hasPermission(session, 'user.manage');

  const onChanged = (updated: UserSummary, what: UserChange) => {
    users.setData((users.data ?? []).map((candidate) => (candidate.id === updated.id ? updated : candidate)));
    setProblem(undefined);
    setChange(what);
  };
  const onFailed = (error: unknown, codeFields?: Partial<Record<string, string>>) => {
    setChange(undefined);
    setProblem(problemFromError(error, intl, codeFields));
    // Someone else changed the account: show theirs, so that the change can be made again on it.
    if (error instanceof ApiError && error.code === 'users.stale_version') users.reload();
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/users">
          <FormattedMessage id="users.back" />
        </Link>
      </p>
      {user ? (
        <h1>{user.displayName}</h1>
      ) : (
        <h1>
          <FormattedMessage id={users.data ? 'user.notFound' : 'users.title'} />
        </h1>
      )}
      <LoadState isLoading={users.isLoading && !users.data} error={users.error} onRetry={users.reload} />
      {problem && <ErrorSummary problem={problem} labels={{ roles: intl.formatMessage({ id: 'roles.label' }) }} />}
      <SuccessNotice>{user && change && <FormattedMessage id={`user.changed.${change}`} values={{ name: user.displayName }} />}</SuccessNotice>
      {user && (
        <div className="stack">
          <UserFacts user={user} />
          {canManage ? (
            <UserRolesForm
              key={user.version}
              user={user}
              onChanged={onChanged}
              onFailed={onFailed}
              onInvalid={(invalid) => {
                setChange(undefined);
                setProblem(invalid);
              }}
              error={problem?.fields.roles}
            />
          ) : (
            <section className="card" aria-labelledby="roles-heading">
              <h2 id="roles-heading">
                <FormattedMessage id="roles.label" />
              </h2>
              <p>
                <RoleNames roles={user.roles} />
              </p>
            </section>
          )}
          {canManage && <UserActions user={user} onChanged={onChanged} onFailed={onFailed} />}
          {hasPermission(session, 'audit.read_views') && (
            <p>
              <Link to={`/audit/record-views?${new URLSearchParams({ subjectType: 'user', subjectId: user.id }).toString()}`}>
                <FormattedMessage id="user.views" />
              </Link>
            </p>
          )}
        </div>
      )}
    </>
  );
}
