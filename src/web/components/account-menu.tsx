import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../api/api-error';
import type { Session } from '../api/session-response';
import { ErrorText } from './error-text';

/** Props of {@link AccountMenu}. */
export interface AccountMenuProps {
  session: Session | undefined;
  onSignOut: () => Promise<void>;
}

/** Who is signed in, their password link and sign-out; "Sign in" for everyone else. */
export function AccountMenu({ session, onSignOut }: AccountMenuProps) {
  const [error, setError] = useState<ApiError>();
  const { pathname } = useLocation();
  if (!session) {
    // On the sign-in page itself the link would lead where the reader already is.
    if (pathname.startsWith('/sign-in')) return null;
    return (
      <Link className="frame-account-link" to="/sign-in">
        <FormattedMessage id="app.account.signIn" />
      </Link>
    );
  }
  const signOut = () => {
    setError(undefined);
    onSignOut().catch((cause: unknown) => setError(ApiError.from(cause)));
  };
  return (
    <div className="frame-account">
      <p className="frame-user">
        <span className="visually-hidden">
          <FormattedMessage id="app.account.signedInAs" />{' '}
        </span>
        {session.user.displayName}
      </p>
      {session.stage === 'active' && session.roles.length > 0 && (
        <Link className="frame-account-link" to="/account/password">
          <FormattedMessage id="app.account.password" />
        </Link>
      )}
      <Button className="frame-sign-out" onPress={signOut}>
        <FormattedMessage id="app.account.signOut" />
      </Button>
      {/* Signing out must not look done when the server still holds the session. */}
      <p role="alert" className="frame-account-error">
        {error && <ErrorText error={error} />}
      </p>
    </div>
  );
}
