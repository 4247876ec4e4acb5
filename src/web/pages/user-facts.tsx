import { FormattedMessage } from 'react-intl';
import type { UserSummary } from '../api/user-summary';
import { AccountBadge } from '../components/account-badge';
import { DateTime } from '../components/date-time';

/** Props of {@link UserFacts}. */
export interface UserFactsProps {
  user: UserSummary;
}

const languageNames: Record<string, { name: string; lang: string }> = {
  'en-CA': { name: 'English', lang: 'en-CA' },
  'fr-CA': { name: 'Français', lang: 'fr-CA' },
};

/** An account's facts: email, language, status, second factor, lockout, created. */
export function UserFacts({ user }: UserFactsProps) {
  const now = new Date();
  const language = languageNames[user.preferredLocale];
  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">
        <FormattedMessage id="user.account" />
      </h2>
      <dl className="facts">
        <div>
          <dt>
            <FormattedMessage id="users.column.email" />
          </dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="newUser.language" />
          </dt>
          <dd lang={language?.lang}>{language?.name ?? user.preferredLocale}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="users.column.status" />
          </dt>
          <dd>
            <AccountBadge user={user} aspect="status" now={now} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="users.column.secondFactor" />
          </dt>
          <dd>
            <AccountBadge user={user} aspect="secondFactor" now={now} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="users.column.locked" />
          </dt>
          <dd>
            <AccountBadge user={user} aspect="lock" now={now} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="user.created" />
          </dt>
          <dd>
            <DateTime value={new Date(user.createdAt)} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
