import { FormattedMessage, useIntl } from 'react-intl';
import { roleMessageId } from '../i18n/role-message-id';

/** Props of {@link RoleNames}. */
export interface RoleNamesProps {
  roles: readonly string[];
}

/** A staff member's roles in words ("Intake worker, Program manager"), or "No role". */
export function RoleNames({ roles }: RoleNamesProps) {
  const intl = useIntl();
  if (roles.length === 0) return <FormattedMessage id="role.none" />;
  const names = roles.map((role) => {
    const id = roleMessageId(role);
    return id ? intl.formatMessage({ id }) : role;
  });
  return <>{intl.formatList(names, { type: 'unit' })}</>;
}
