import { CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { CheckboxItem } from '../../components/checkbox-item';
import { fieldId } from '../../forms/field-id';

/** Props of {@link FacilitatorCheckboxes}. */
export interface FacilitatorCheckboxesProps {
  /** The agency's active facilitators (`GET /facilitators`). */
  facilitators: readonly { id: string; name: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** The most co-facilitators a group has. */
export const maxFacilitators = 2;

/** A group's co-facilitators: up to two of the agency's facilitators, as checkboxes (the field is named `facilitatorIds`). */
export function FacilitatorCheckboxes({ facilitators, value, onChange, error }: FacilitatorCheckboxesProps) {
  const intl = useIntl();
  return (
    <CheckboxGroup
      id={fieldId('facilitatorIds')}
      className="field checkbox-group"
      value={[...value]}
      onChange={onChange}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{intl.formatMessage({ id: 'groups.field.facilitators' })}</Label>
      <Text slot="description" className="field-description">
        {intl.formatMessage({ id: 'groups.field.facilitators.help' }, { max: maxFacilitators })}
      </Text>
      <FieldError className="field-error">{error}</FieldError>
      <div className="checkbox-list">
        {facilitators.map((facilitator) => (
          <CheckboxItem key={facilitator.id} value={facilitator.id}>
            {facilitator.name}
          </CheckboxItem>
        ))}
      </div>
    </CheckboxGroup>
  );
}
