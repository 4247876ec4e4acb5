import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { userSummarySchema, type UserSummary } from '../api/user-summary';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useSession } from '../session/session-context';
import type { UserChange } from './user-page';

/** Props of {@link UserActions}. */
export interface UserActionsProps {
  user: UserSummary;
  onChanged: (user: UserSummary, change: UserChange) => void;
  onFailed: (error: unknown) => void;
}

/** Disable or enable the account, and reset its second factor (a lost phone), each asked first. */
export function UserActions({ user, onChanged, onFailed }: UserActionsProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [isBusy, setBusy] = useState(false);
  const name = user.displayName;
  // The button pressed is replaced by its opposite (disable → enable): keep focus in this section.
  const heading = useRef<HTMLHeadingElement>(null);

  const act = async (path: string, change: UserChange) => {
    setBusy(true);
    try {
      onChanged(await api.send('POST', `/users/${user.id}/${path}`, { version: user.version }, userSummarySchema), change);
      heading.current?.focus();
    } catch (error) {
      onFailed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage id="user.actions" />
      </h2>
      <h3>
        <FormattedMessage id="users.column.status" />
      </h3>
      {user.status === 'active' ? (
        <>
          <p>
            <FormattedMessage id="user.disable.help" />
          </p>
          <ConfirmDialog
            triggerLabel={intl.formatMessage({ id: 'user.disable' })}
            title={intl.formatMessage({ id: 'user.disable.title' }, { name })}
            body={intl.formatMessage({ id: 'user.disable.body' }, { name })}
            confirmLabel={intl.formatMessage({ id: 'user.disable' })}
            onConfirm={() => void act('disable', 'disabled')}
            isDisabled={isBusy}
            isDanger
          />
        </>
      ) : (
        <>
          <p>
            <FormattedMessage id="user.enable.help" />
          </p>
          <Button className="button button-secondary" onPress={() => void act('enable', 'enabled')}>
            <FormattedMessage id="user.enable" />
          </Button>
        </>
      )}
      <h3>
        <FormattedMessage id="users.column.secondFactor" />
      </h3>
      {user.hasSecondFactor ? (
        <>
          <p>
            <FormattedMessage id="user.reset.help" />
          </p>
          <ConfirmDialog
            triggerLabel={intl.formatMessage({ id: 'user.reset' })}
            title={intl.formatMessage({ id: 'user.reset.title' }, { name })}
            body={intl.formatMessage({ id: 'user.reset.body' }, { name })}
            confirmLabel={intl.formatMessage({ id: 'user.reset' })}
            onConfirm={() => void act('second-factor/reset', 'secondFactorReset')}
            isDisabled={isBusy}
            isDanger
          />
        </>
      ) : (
        <p>
          <FormattedMessage id="user.reset.none" />
        </p>
      )}
    </section>
  );
}
