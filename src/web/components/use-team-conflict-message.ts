import { useIntl } from 'react-intl';
import { teamConflict, type Role } from '../../core/access/index.js';
import { roleMessageId } from '../i18n/role-message-id';

/** The first pair of chosen roles that breaks the team rule, in words; undefined when none. */
export function useTeamConflictMessage(value: readonly Role[]): string | undefined {
  const intl = useIntl();
  const conflict = teamConflict(value);
  if (!conflict) return undefined;
  const [team, program] = conflict.map((role) => intl.formatMessage({ id: roleMessageId(role)! }));
  return intl.formatMessage({ id: 'roles.teamConflict' }, { team, program });
}
