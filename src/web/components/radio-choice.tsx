import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { fieldId } from '../forms/field-id';

/** One option of a {@link RadioChoice}. */
export interface RadioOption {
  value: string;
  label: string;
  /** The option's own language, when it is a language name ("Français" on the English page). */
  lang?: string;
}

/** Props of {@link RadioChoice}. */
export interface RadioChoiceProps {
  name: string;
  label: string;
  description?: string;
  options: readonly RadioOption[];
  /** '' when none is chosen yet. */
  value: string;
  onChange: (value: string) => void;
  /** The message to show when the choice is wrong (none made); tied to the group by aria-describedby. */
  error?: string | undefined;
}

/** A labelled group of radio buttons (react-aria's RadioGroup); the chosen one shows a dot, not only a colour. */
export function RadioChoice({ name, label, description, options, value, onChange, error }: RadioChoiceProps) {
  return (
    <RadioGroup
      id={fieldId(name)}
      name={name}
      className="field radio-group"
      value={value === '' ? null : value}
      onChange={onChange}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <div className="radio-list">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="radio" lang={option.lang}>
            <span className="radio-dot" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
