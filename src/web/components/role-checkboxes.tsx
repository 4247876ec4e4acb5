import { CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { roles, type Role } from '../../core/access/index.js';
import { fieldId } from '../forms/field-id';
import { roleMessageId } from '../i18n/role-message-id';
import { CheckboxItem } from './checkbox-item';
import { useTeamConflictMessage } from './use-team-conflict-message';

/** Props of {@link RoleCheckboxes}. */
export interface RoleCheckboxesProps {
  value: readonly Role[];
  onChange: (value: Role[]) => void;
  /** A message from the server about the roles, shown when the team rule itself is kept. */
  error?: string | undefined;
  isDisabled?: boolean;
  /** Id of a heading that already says "Roles"; then the group has no label of its own. */
  labelledBy?: string;
}

/**
 * The roles as checkboxes, with the team rule as help text. A forbidden mix is flagged at once
 * (and the form refuses to send it); the server checks the same rule with the same function.
 */
export function RoleCheckboxes({ value, onChange, error, isDisabled, labelledBy }: RoleCheckboxesProps) {
  const intl = useIntl();
  const conflict = useTeamConflictMessage(value);
  const message = conflict ?? error;
  return (
    <CheckboxGroup
      id={fieldId('roles')}
      className="field checkbox-group"
      value={[...value]}
      onChange={(next) => onChange(roles.filter((role) => next.includes(role)))}
      isInvalid={message !== undefined}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      aria-labelledby={labelledBy}
    >
      {!labelledBy && (
        <Label className="field-label">
          <FormattedMessage id="roles.label" />
        </Label>
      )}
      <Text slot="description" className="field-description">
        <FormattedMessage id="roles.teamRule" />
      </Text>
      <FieldError className="field-error">{message}</FieldError>
      <div className="checkbox-list">
        {roles.map((role) => (
          <CheckboxItem key={role} value={role}>
            {intl.formatMessage({ id: roleMessageId(role)! })}
          </CheckboxItem>
        ))}
      </div>
      {/* Said aloud as the mix is chosen; the error above is what stays on the page. */}
      <p className="visually-hidden" role="status">
        {conflict}
      </p>
    </CheckboxGroup>
  );
}
