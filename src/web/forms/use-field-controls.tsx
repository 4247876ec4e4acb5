import { useIntl } from 'react-intl';
import { SelectField } from '../components/select-field';
import { TextInput } from '../components/text-input';
import { enumLabel } from '../i18n/enum-label';
import { fieldLabel } from '../i18n/field-label';
import type { FormProblem } from './form-problem';
import type { FieldValues } from './participant-details';

/** How one text field looks: several lines, or a date (YYYY-MM-DD, said in its help). */
export interface TextOptions {
  multiline?: boolean;
  date?: boolean;
  /** A label other than the field's usual one. */
  label?: string;
  description?: string;
  type?: 'text' | 'email' | 'tel';
}

/**
 * The text and select fields of a form whose values are kept by name in one record: each shows
 * its label (`field.<name>`), its value, and the problem's message for it.
 */
export function useFieldControls(values: FieldValues, onValue: (name: string, value: string) => void, problem: FormProblem | undefined) {
  const intl = useIntl();
  const text = (name: string, options: TextOptions = {}) => (
    <TextInput
      key={name}
      name={name}
      label={options.label ?? fieldLabel(intl, name)}
      description={options.description ?? (options.date ? intl.formatMessage({ id: 'field.date.help' }) : undefined)}
      multiline={options.multiline ?? false}
      type={options.type ?? 'text'}
      autoComplete="off"
      value={values[name] ?? ''}
      onChange={(value) => onValue(name, value)}
      error={problem?.fields[name]}
    />
  );
  /** A drop-down list of codes, each shown as its message `<prefix>.<code>`. */
  const select = (name: string, codes: readonly string[], prefix: string) => (
    <SelectField
      key={name}
      name={name}
      label={fieldLabel(intl, name)}
      options={codes.map((value) => ({ value, label: enumLabel(intl, prefix, value) }))}
      value={values[name] ?? ''}
      onChange={(value) => onValue(name, value)}
      error={problem?.fields[name]}
    />
  );
  return { text, select };
}
