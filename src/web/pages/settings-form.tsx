import { useState, type FormEvent } from 'react';
import { Button, FieldError, Input, Label, NumberField, Text } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../api/api-error';
import { agencySettingsSchema, type AgencySettings } from '../api/agency-settings';
import { CheckboxItem } from '../components/checkbox-item';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { SuccessNotice } from '../components/success-notice';
import { fieldId } from '../forms/field-id';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useSession } from '../session/session-context';

/** Props of {@link SettingsForm}. */
export interface SettingsFormProps {
  settings: AgencySettings;
  onSaved: (settings: AgencySettings) => void;
  /** Someone else saved meanwhile: read theirs. */
  onStale: () => void;
}

const numberNames = [
  'sessionIdleMinutes',
  'sessionAbsoluteHours',
  'intakeDueDays',
  'partnerFirstContactDays',
  'partnerMinContacts',
  'partnerContactWeeks',
  'partnerPreferenceMaxAgeDays',
  'partnerLetterAfterAttempts',
] as const;
type Limits = Pick<AgencySettings, (typeof numberNames)[number]>;

/** The numbers of the settings (session limits, intake and Partner Contact clocks), and nothing else (they are spread into the request). */
function limitsOf(settings: AgencySettings): Limits {
  return Object.fromEntries(numberNames.map((name) => [name, settings[name]])) as Limits;
}
/** The same ranges as the server's (src/core/agencies/agencies.schema.ts). */
const ranges: Record<keyof Limits, { min: number; max: number }> = {
  sessionIdleMinutes: { min: 5, max: 240 },
  sessionAbsoluteHours: { min: 1, max: 24 },
  intakeDueDays: { min: 1, max: 120 },
  partnerFirstContactDays: { min: 1, max: 60 },
  partnerMinContacts: { min: 1, max: 20 },
  partnerContactWeeks: { min: 1, max: 52 },
  partnerPreferenceMaxAgeDays: { min: 7, max: 730 },
  partnerLetterAfterAttempts: { min: 1, max: 10 },
};
const labelIds = {
  sessionIdleMinutes: 'settings.idle',
  sessionAbsoluteHours: 'settings.absolute',
  intakeDueDays: 'settings.intakeDueDays',
  partnerFirstContactDays: 'settings.partnerContact.firstContactDays',
  partnerMinContacts: 'settings.partnerContact.minContacts',
  partnerContactWeeks: 'settings.partnerContact.contactWeeks',
  partnerPreferenceMaxAgeDays: 'settings.partnerContact.preferenceMaxAgeDays',
  partnerLetterAfterAttempts: 'settings.partnerContact.letterAfterAttempts',
} as const;
const helps = {
  sessionIdleMinutes: 'settings.idle.help',
  sessionAbsoluteHours: 'settings.absolute.help',
  intakeDueDays: 'settings.intakeDueDays.help',
  partnerFirstContactDays: 'settings.partnerContact.firstContactDays.help',
  partnerMinContacts: 'settings.partnerContact.minContacts.help',
  partnerContactWeeks: 'settings.partnerContact.contactWeeks.help',
  partnerPreferenceMaxAgeDays: 'settings.partnerContact.preferenceMaxAgeDays.help',
  partnerLetterAfterAttempts: 'settings.partnerContact.letterAfterAttempts.help',
} as const;

/** Ontario's two zones: most of the province, and the northwest (Kenora, Dryden, Fort Frances). */
const ontarioZones = ['America/Toronto', 'America/Winnipeg'] as const;
const zoneNames: Partial<Record<string, 'settings.timeZone.Toronto' | 'settings.timeZone.Winnipeg'>> = {
  'America/Toronto': 'settings.timeZone.Toronto',
  'America/Winnipeg': 'settings.timeZone.Winnipeg',
};

/** The settings form; saving reads the session again, so that the warning banner follows at once. */
export function SettingsForm({ settings, onSaved, onStale }: SettingsFormProps) {
  const intl = useIntl();
  const { api, refresh } = useSession();
  const [mfaRequired, setMfaRequired] = useState(settings.mfaRequired);
  const [limits, setLimits] = useState<Limits>(() => limitsOf(settings));
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [problem, setProblem] = useState<FormProblem>();
  const [isSaved, setSaved] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  // New settings from the server (saved here, or by someone else): show them as the form's values.
  const [shown, setShown] = useState(settings);
  if (shown.version !== settings.version) {
    setShown(settings);
    setMfaRequired(settings.mfaRequired);
    setLimits(limitsOf(settings));
    setTimeZone(settings.timeZone);
  }
  // In form order, so that the error summary lists the fields as they appear.
  const labels = Object.fromEntries(numberNames.map((name) => [name, intl.formatMessage({ id: labelIds[name] })])) as Record<keyof Limits, string>;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const outOfRange = (name: keyof Limits) => {
      const value = limits[name];
      const { min, max } = ranges[name];
      return Number.isInteger(value) && value >= min && value <= max ? undefined : intl.formatMessage({ id: 'settings.range' }, { min, max });
    };
    const wrong = problemFromFields(Object.fromEntries(numberNames.map((name) => [name, outOfRange(name)])), intl);
    setProblem(wrong);
    if (wrong || isSubmitting) return;
    setSubmitting(true);
    try {
      const saved = await api.send('PUT', '/settings', { mfaRequired, ...limits, timeZone, version: settings.version }, agencySettingsSchema);
      await refresh();
      setSaved(true);
      onSaved(saved);
    } catch (error) {
      setProblem(problemFromError(error, intl));
      if (error instanceof ApiError && error.status === 409) onStale();
    } finally {
      setSubmitting(false);
    }
  };

  const numberField = (name: keyof Limits) => (
    <NumberField
      id={fieldId(name)}
      name={name}
      className="field"
      minValue={ranges[name].min}
      maxValue={ranges[name].max}
      step={1}
      value={limits[name]}
      onChange={(value) => setLimits((previous) => ({ ...previous, [name]: value }))}
      isInvalid={problem?.fields[name] !== undefined}
      validationBehavior="aria"
      formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
    >
      <Label className="field-label">{labels[name]}</Label>
      <Text slot="description" className="field-description">
        <FormattedMessage id={helps[name]} values={ranges[name]} />
      </Text>
      <FieldError className="field-error">{problem?.fields[name]}</FieldError>
      <Input className="field-input field-input-number" />
    </NumberField>
  );

  return (
    <>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SuccessNotice>{isSaved && <FormattedMessage id="settings.saved" />}</SuccessNotice>
      {settings.version === 0 && (
        <p className="notice notice-info">
          <FormattedMessage id="settings.defaults" />
        </p>
      )}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="fieldset">
          <legend className="field-label">
            <FormattedMessage id="settings.mfa.legend" />
          </legend>
          <CheckboxItem isSelected={mfaRequired} onChange={setMfaRequired} aria-describedby="mfa-help">
            <FormattedMessage id="settings.mfa" />
          </CheckboxItem>
          <p id="mfa-help" className="field-description">
            <FormattedMessage id="settings.mfa.help" />
          </p>
        </fieldset>
        {numberField('sessionIdleMinutes')}
        {numberField('sessionAbsoluteHours')}
        {numberField('intakeDueDays')}
        <RadioChoice
          name="timeZone"
          label={intl.formatMessage({ id: 'settings.timeZone' })}
          description={intl.formatMessage({ id: 'settings.timeZone.help' })}
          options={[...new Set([...ontarioZones, settings.timeZone])].map((zone) => ({
            value: zone,
            label: intl.formatMessage({ id: 'settings.timeZone.option' }, { zone: zone.replace('_', ' '), name: intl.formatMessage({ id: zoneNames[zone] ?? 'settings.timeZone.other' }) }),
          }))}
          value={timeZone}
          onChange={setTimeZone}
        />
        <fieldset className="row-fieldset stack" aria-describedby="partner-contact-help">
          <legend className="row-legend">
            <FormattedMessage id="settings.partnerContact.legend" />
          </legend>
          <p id="partner-contact-help" className="field-description">
            <FormattedMessage id="settings.partnerContact.help" />
          </p>
          {numberField('partnerFirstContactDays')}
          {numberField('partnerMinContacts')}
          {numberField('partnerContactWeeks')}
          {numberField('partnerPreferenceMaxAgeDays')}
          {numberField('partnerLetterAfterAttempts')}
        </fieldset>
        <Button type="submit" className="button">
          <FormattedMessage id="settings.submit" />
        </Button>
      </form>
    </>
  );
}
