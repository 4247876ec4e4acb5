import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { CheckboxItem } from '../components/checkbox-item';
import { RadioChoice } from '../components/radio-choice';
import { fieldId } from '../forms/field-id';
import type { FormProblem } from '../forms/form-problem';
import { addressParts, hasAddress, participantFlags, type FieldFlags, type FieldValues } from '../forms/participant-details';
import { useFieldControls } from '../forms/use-field-controls';
import { enumLabel } from '../i18n/enum-label';
import { fieldLabel } from '../i18n/field-label';

const names = ['participant.givenName', 'participant.familyName', 'participant.preferredName', 'participant.dateOfBirth', 'participant.pronouns'];
const genders = ['man', 'woman', 'non_binary', 'two_spirit', 'another'];
const provinces = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];

/** The person's fields in form order, for the error summary's links (the other language only when asked). */
export function participantFieldNames(values: FieldValues): string[] {
  return [
    ...names,
    'participant.gender',
    ...(values['participant.language'] === 'other' ? ['participant.languageOther'] : []),
    'participant.phone',
    'participant.email',
    ...addressParts.map((part) => `participant.address.${part}`),
    'participant.accessibilityNeeds',
  ];
}

/** Props of {@link ParticipantFields}. */
export interface ParticipantFieldsProps {
  values: FieldValues;
  flags: FieldFlags;
  onValue: (name: string, value: string) => void;
  onFlag: (name: string, value: boolean) => void;
  problem: FormProblem | undefined;
  /** Shown after the names and birth date (the new referral's check for an existing file). */
  afterNames?: ReactNode;
}

/**
 * A person's identity and contact details (`ParticipantDetails` of the API), as a new referral
 * names them and intake corrects them; the fields are named `participant.*`.
 */
export function ParticipantFields({ values, flags, onValue, onFlag, problem, afterNames }: ParticipantFieldsProps) {
  const intl = useIntl();
  const { text, select } = useFieldControls(values, onValue, problem);
  const radios = (name: string, codes: string[], prefix: string) => (
    <RadioChoice
      name={name}
      label={fieldLabel(intl, name)}
      options={codes.map((value) => ({ value, label: enumLabel(intl, prefix, value) }))}
      value={values[name] ?? ''}
      onChange={(value) => onValue(name, value)}
    />
  );
  return (
    <>
      {names.map((name) => text(name, { date: name === 'participant.dateOfBirth' }))}
      {afterNames}
      {select('participant.gender', genders, 'gender')}
      {radios('participant.groupGender', ['men', 'women'], 'groupGender')}
      {radios('participant.language', ['en', 'fr', 'other'], 'language')}
      {values['participant.language'] === 'other' && text('participant.languageOther')}
      {participantFlags.map((name) => (
        <CheckboxItem key={name} isSelected={flags[name] ?? false} onChange={(value) => onFlag(name, value)}>
          {fieldLabel(intl, name)}
        </CheckboxItem>
      ))}
      {text('participant.phone', { type: 'tel' })}
      {text('participant.email', { type: 'email' })}
      <fieldset className="fieldset fieldset-nested" aria-describedby="participant-address-help">
        <legend className="field-label">
          <FormattedMessage id="field.participant.address" />
        </legend>
        <p id="participant-address-help" className="field-description">
          <FormattedMessage id="field.participant.address.help" />
        </p>
        {text('participant.address.street')}
        {text('participant.address.city')}
        {select('participant.address.province', provinces, 'province')}
        {text('participant.address.postalCode')}
        {hasAddress(values) && (
          <Button
            className="link-button"
            onPress={() => {
              addressParts.forEach((part) => onValue(`participant.address.${part}`, ''));
              // The button goes with the address: the first line takes the focus it had.
              document.getElementById(fieldId('participant.address.street'))?.focus();
            }}
          >
            <FormattedMessage id="field.participant.address.clear" />
          </Button>
        )}
      </fieldset>
      {text('participant.accessibilityNeeds', { multiline: true })}
    </>
  );
}
