import { FieldError, Input, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';
import { fieldId } from '../forms/field-id';

/** Props of {@link TextInput}. */
export interface TextInputProps extends Omit<TextFieldProps, 'children' | 'isInvalid' | 'id' | 'name'> {
  /** The field's name; also gives the input its id for the error summary's link. */
  name: string;
  label: string;
  /** Help shown under the label and read with the field. */
  description?: string | undefined;
  /** The message to show when the value is wrong; tied to the input by aria-describedby. */
  error?: string | undefined;
  /** Extra class for the input, e.g. a narrow one for a 6-digit code. */
  inputClassName?: string;
  /** Several lines (notes, reasons) instead of one. */
  multiline?: boolean;
}

/** A labelled text input with its help and its error (react-aria's TextField). */
export function TextInput({ name, label, description, error, inputClassName, multiline, ...props }: TextInputProps) {
  return (
    <TextField
      {...props}
      id={fieldId(name)}
      name={name}
      className="field"
      isInvalid={error !== undefined}
      // The server and our own checks decide; the browser's bubbles would speak one language only.
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      {multiline ? (
        <TextArea className={`field-input ${inputClassName ?? ''}`} rows={3} />
      ) : (
        <Input className={`field-input ${inputClassName ?? ''}`} />
      )}
    </TextField>
  );
}
