import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { fieldId } from '../forms/field-id';

/** One option of a {@link SelectField}. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  name: string;
  label: string;
  description?: string | undefined;
  options: readonly SelectOption[];
  /** '' when nothing is chosen yet. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
}

/** A labelled drop-down list (react-aria's Select) with its help and its error. */
export function SelectField({ name, label, description, options, value, onChange, error, placeholder }: SelectFieldProps) {
  return (
    <Select
      id={fieldId(name)}
      name={name}
      className="field"
      selectedKey={value === '' ? null : value}
      onSelectionChange={(key) => onChange(key === null ? '' : String(key))}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      placeholder={placeholder ?? ''}
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((option) => (
            <ListBoxItem key={option.value} id={option.value} className="listbox-item">
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
