import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { roles as allRoles, type Role } from '../../core/access/index.js';
import { userSummarySchema, type UserSummary } from '../api/user-summary';
import { RoleCheckboxes } from '../components/role-checkboxes';
import { useTeamConflictMessage } from '../components/use-team-conflict-message';
import { problemFromFields, type FormProblem } from '../forms/form-problem';
import { useSession } from '../session/session-context';
import type { UserChange } from './user-page';

/** Props of {@link UserRolesForm}. */
export interface UserRolesFormProps {
  user: UserSummary;
  onChanged: (user: UserSummary, change: UserChange) => void;
  onFailed: (error: unknown, codeFields?: Partial<Record<string, string>>) => void;
  /** A mix the team rule forbids, found before sending. */
  onInvalid: (problem: FormProblem) => void;
  /** The server's message about the roles, if the last save was refused. */
  error: string | undefined;
}

/** The account's roles as checkboxes; saving sends the version read, so no change is lost silently. */
export function UserRolesForm({ user, onChanged, onFailed, onInvalid, error }: UserRolesFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [roles, setRoles] = useState<Role[]>(() => allRoles.filter((role) => user.roles.includes(role)));
  const [isSubmitting, setSubmitting] = useState(false);
  const conflict = useTeamConflictMessage(roles);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wrong = problemFromFields({ roles: conflict }, intl);
    if (wrong) return onInvalid(wrong);
    if (isSubmitting) return;
    setSubmitting(true);
    try {
      const updated = await api.send('PUT', `/users/${user.id}/roles`, { roles, version: user.version }, userSummarySchema);
      onChanged(updated, 'roles');
    } catch (error) {
      onFailed(error, { 'users.team_conflict': 'roles', 'users.cannot_remove_own_admin': 'roles' });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="roles-form-heading">
      <h2 id="roles-form-heading">
        <FormattedMessage id="user.rolesHeading" />
      </h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <RoleCheckboxes value={roles} onChange={setRoles} error={error} labelledBy="roles-form-heading" />
        <Button type="submit" className="button">
          <FormattedMessage id="user.saveRoles" />
        </Button>
      </form>
    </section>
  );
}
