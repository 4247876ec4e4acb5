import { FieldError, Input, Label, NumberField, Text } from 'react-aria-components';
import { fieldId } from '../forms/field-id';

/** Props of {@link NumberInput}. */
export interface NumberInputProps {
  /** The field's name; also gives the input its id for the error summary's link. */
  name: string;
  label: string;
  /** Help shown under the label and read with the field (say the bounds here). */
  description?: string | undefined;
  /** NaN while the field is empty. */
  value: number;
  onChange: (value: number) => void;
  minValue?: number | undefined;
  maxValue?: number | undefined;
  error?: string | undefined;
  /** Whole numbers unless given (an amount of money, say). */
  formatOptions?: Intl.NumberFormatOptions;
  step?: number;
  isDisabled?: boolean;
}

/**
 * A labelled number field (react-aria's NumberField): typed in the reader's language, kept
 * within its bounds on blur, with its help and its error tied to the input.
 */
export function NumberInput({ name, label, description, value, onChange, minValue, maxValue, error, formatOptions, step, isDisabled }: NumberInputProps) {
  return (
    <NumberField
      id={fieldId(name)}
      name={name}
      className="field"
      value={value}
      onChange={onChange}
      {...(minValue === undefined ? {} : { minValue })}
      {...(maxValue === undefined ? {} : { maxValue })}
      step={step ?? 1}
      isDisabled={isDisabled ?? false}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      formatOptions={formatOptions ?? { useGrouping: false, maximumFractionDigits: 0 }}
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <Input className="field-input field-input-number" />
    </NumberField>
  );
}
