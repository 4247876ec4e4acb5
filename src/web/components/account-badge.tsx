import { FormattedMessage } from 'react-intl';
import type { UserSummary } from '../api/user-summary';
import { lockedUntil } from '../format/locked-until';
import { DateTime } from './date-time';

/** Props of {@link AccountBadge}. */
export interface AccountBadgeProps {
  user: UserSummary;
  /** Which fact about the account to show. */
  aspect: 'status' | 'secondFactor' | 'lock';
  /** To tell a running lockout from one that has passed. */
  now: Date;
}

/**
 * One fact about an account as a badge with words and a symbol (active or disabled, second
 * factor set up or not, sign-in paused until when), so that none relies on colour alone.
 */
export function AccountBadge({ user, aspect, now }: AccountBadgeProps) {
  if (aspect === 'status') {
    const isActive = user.status === 'active';
    return (
      <span className={isActive ? 'badge badge-ok' : 'badge badge-error'}>
        <span aria-hidden="true">{isActive ? '✓ ' : '✕ '}</span>
        <FormattedMessage id={isActive ? 'users.status.active' : 'users.status.disabled'} />
      </span>
    );
  }
  if (aspect === 'secondFactor') {
    return (
      <span className={user.hasSecondFactor ? 'badge badge-ok' : 'badge badge-unknown'}>
        <span aria-hidden="true">{user.hasSecondFactor ? '✓ ' : '– '}</span>
        <FormattedMessage id={user.hasSecondFactor ? 'users.secondFactor.yes' : 'users.secondFactor.no'} />
      </span>
    );
  }
  const until = lockedUntil(user, now);
  if (!until) return <FormattedMessage id="users.locked.no" />;
  return (
    <span className="badge badge-error">
      <span aria-hidden="true">⏸ </span>
      <FormattedMessage id="users.locked.until" values={{ until: <DateTime value={until} /> }} />
    </span>
  );
}
