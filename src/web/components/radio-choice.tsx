import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
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
  value: string;
  onChange: (value: string) => void;
}

/** A labelled group of radio buttons (react-aria's RadioGroup); the chosen one shows a dot, not only a colour. */
export function RadioChoice({ name, label, description, options, value, onChange }: RadioChoiceProps) {
  return (
    <RadioGroup id={fieldId(name)} name={name} className="field radio-group" value={value} onChange={onChange}>
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
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
