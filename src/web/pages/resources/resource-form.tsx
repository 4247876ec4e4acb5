import { useState, type FormEvent } from 'react';
import { Button, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { phoneKinds, resourceAudiences, resourceCategories, resourceSchema, type Resource } from '../../api/resources';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';
import { bodyOf, emptyPhone, fieldOfPath, valuesOf, type PhoneValues, type ResourceValues, type TextName } from './resource-values';

/** Props of {@link ResourceForm}. */
export interface ResourceFormProps {
  /** The resource to change; none for a new one. */
  resource?: Resource | undefined;
  onSaved: (resource: Resource) => void;
  /** Someone else saved the resource meanwhile: the page loads theirs (what was typed stays). */
  onStale?: () => void;
}

/** The most numbers a resource has. */
const maxPhones = 10;
const multiline = new Set<TextName>(['description', 'descriptionFr', 'greatFor', 'greatForFr', 'address']);

/**
 * Adds or changes a directory resource: every field of the record, numbers as a list (kind,
 * number written any common way, what to text), categories and audiences as checkboxes. A
 * change is saved against the version read; when someone saved meanwhile, theirs is loaded and
 * what was typed here stays, to be saved again. Server messages land on their own field, a
 * number's on its row.
 */
export function ResourceForm({ resource, onSaved, onStale }: ResourceFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [values, setValues] = useState<ResourceValues>(() => valuesOf(resource));
  const [baseVersion, setBaseVersion] = useState(resource?.version);
  const [isStale, setStale] = useState(false);
  if (isStale && resource && resource.version !== baseVersion) {
    setBaseVersion(resource.version);
    setStale(false);
  }
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const label = (name: string) => intl.formatMessage({ id: `resources.field.${name}` as MessageId });
  const setText = (name: TextName) => (value: string) => setValues((previous) => ({ ...previous, texts: { ...previous.texts, [name]: value } }));
  const setPhone = (index: number, name: keyof PhoneValues) => (value: string) =>
    setValues((previous) => ({ ...previous, phones: previous.phones.map((phone, i) => (i === index ? { ...phone, [name]: value } : phone)) }));
  const isNew = resource === undefined;

  const shownTexts = textOrder.filter((name) => isNew || name !== 'key');
  const labels: Record<string, string> = Object.fromEntries(shownTexts.map((name) => [name, label(name)]));
  labels.categories = label('categories');
  labels.audiences = label('audiences');
  labels.languages = label('languages');
  values.phones.forEach((_, index) => {
    for (const part of ['kind', 'dial', 'display', 'keyword', 'note', 'noteFr'] as const) {
      labels[`phones.${index}.${part}`] = intl.formatMessage({ id: 'resources.field.phone.row' }, { number: index + 1, label: label(`phone.${part}`) });
    }
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting || isStale) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const missing: FormProblem['fields'] = {
      name: values.texts.name.trim() ? undefined : required,
      categories: values.categories.length > 0 ? undefined : intl.formatMessage({ id: 'resources.field.categories.required' }),
    };
    values.phones.forEach((phone, index) => {
      if (!phone.dial.trim()) missing[`phones.${index}.dial`] = required;
    });
    const local = problemFromFields(missing, intl);
    setProblem(local);
    if (local) return;
    setSubmitting(true);
    const body = isNew ? bodyOf(values) : { ...bodyOf(values), key: undefined, version: baseVersion };
    try {
      const saved = isNew
        ? await api.send('POST', '/resources', body, resourceSchema)
        : await api.send('PUT', `/resources/${resource.id}`, body, resourceSchema);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'resources.stale_resource') {
        setStale(true);
        setProblem({ summary: intl.formatMessage({ id: 'resources.edit.conflict' }), fields: {} });
        onStale?.();
      } else {
        const found = problemFromNestedError(error, intl, fieldOfPath);
        if (error instanceof ApiError && error.code === 'resources.key_taken' && error.detail) found.fields.key ??= error.detail;
        setProblem(found);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const textField = (name: TextName) => (
    <TextInput
      key={name}
      name={name}
      label={labels[name] ?? name}
      description={helpIds[name] ? intl.formatMessage({ id: helpIds[name] }) : undefined}
      multiline={multiline.has(name)}
      type={name === 'email' ? 'email' : name === 'url' ? 'url' : 'text'}
      lang={name.endsWith('Fr') ? 'fr-CA' : undefined}
      autoComplete="off"
      value={values.texts[name]}
      onChange={setText(name)}
      error={problem?.fields[name]}
    />
  );

  return (
    <form className="form record-form" noValidate aria-labelledby="resource-form-heading" onSubmit={(event) => void onSubmit(event)}>
      <h2 id="resource-form-heading">
        <FormattedMessage id={isNew ? 'resources.new.title' : 'resources.edit.title'} />
      </h2>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <fieldset className="fieldset">
        <legend>
          <FormattedMessage id="resources.form.about" />
        </legend>
        {shownTexts.filter((name) => aboutTexts.has(name)).map(textField)}
      </fieldset>
      <CheckboxGroup
        id={fieldId('categories')}
        className="field checkbox-group"
        value={values.categories}
        onChange={(categories) => setValues((previous) => ({ ...previous, categories }))}
        isInvalid={problem?.fields.categories !== undefined}
        validationBehavior="aria"
      >
        <Label className="field-label">{labels.categories}</Label>
        <FieldError className="field-error">{problem?.fields.categories}</FieldError>
        <div className="checkbox-list">
          {resourceCategories.map((category) => (
            <CheckboxItem key={category} value={category}>
              {enumLabel(intl, 'resources.category', category)}
            </CheckboxItem>
          ))}
        </div>
      </CheckboxGroup>
      <CheckboxGroup
        id={fieldId('audiences')}
        className="field checkbox-group"
        value={values.audiences}
        onChange={(audiences) => setValues((previous) => ({ ...previous, audiences }))}
        isInvalid={problem?.fields.audiences !== undefined}
        validationBehavior="aria"
      >
        <Label className="field-label">{labels.audiences}</Label>
        <FieldError className="field-error">{problem?.fields.audiences}</FieldError>
        <div className="checkbox-list">
          {resourceAudiences.map((audience) => (
            <CheckboxItem key={audience} value={audience}>
              {enumLabel(intl, 'resources.audience', audience)}
            </CheckboxItem>
          ))}
        </div>
      </CheckboxGroup>
      <TextInput
        name="languages"
        label={labels.languages}
        description={intl.formatMessage({ id: 'resources.field.languages.help' })}
        autoComplete="off"
        value={values.languages}
        onChange={(languages) => setValues((previous) => ({ ...previous, languages }))}
        error={problem?.fields.languages}
      />
      <fieldset className="fieldset">
        <legend>
          <FormattedMessage id="resources.form.reach" />
        </legend>
        {shownTexts.filter((name) => !aboutTexts.has(name)).map(textField)}
        <RadioChoice
          name="free"
          label={label('free')}
          options={(['', 'yes', 'no'] as const).map((value) => ({ value: value || 'unknown', label: intl.formatMessage({ id: `resources.field.free.${value || 'unknown'}` }) }))}
          value={values.free || 'unknown'}
          onChange={(free) => setValues((previous) => ({ ...previous, free: free === 'yes' || free === 'no' ? free : '' }))}
          error={problem?.fields.free}
        />
        <CheckboxItem isSelected={values.confidential} onChange={(confidential) => setValues((previous) => ({ ...previous, confidential }))} aria-describedby="confidential-help">
          <FormattedMessage id="resources.field.confidential" />
        </CheckboxItem>
        <p id="confidential-help" className="field-description">
          <FormattedMessage id="resources.field.confidential.help" />
        </p>
      </fieldset>
      <fieldset className="fieldset" id={fieldId('phones')}>
        <legend>
          <FormattedMessage id="resources.field.phones" />
        </legend>
        <p className="field-description">
          <FormattedMessage id="resources.field.phones.help" />
        </p>
        {values.phones.length === 0 && (
          <p>
            <FormattedMessage id="resources.field.phones.none" />
          </p>
        )}
        {values.phones.map((phone, index) => (
          <fieldset key={index} className="fieldset fieldset-nested">
            <legend>
              <FormattedMessage id="resources.field.phone.legend" values={{ number: index + 1 }} />
            </legend>
            <SelectField
              name={`phones.${index}.kind`}
              label={label('phone.kind')}
              options={phoneKinds.map((value) => ({ value, label: enumLabel(intl, 'resources.phoneKind', value) }))}
              value={phone.kind}
              onChange={setPhone(index, 'kind')}
              error={problem?.fields[`phones.${index}.kind`]}
            />
            {(['dial', 'display', 'keyword', 'note', 'noteFr'] as const).map((part) => (
              <TextInput
                key={part}
                name={`phones.${index}.${part}`}
                label={label(`phone.${part}`)}
                description={part === 'dial' || part === 'display' || part === 'keyword' ? intl.formatMessage({ id: `resources.field.phone.${part}.help` }) : undefined}
                type={part === 'dial' ? 'tel' : 'text'}
                lang={part === 'noteFr' ? 'fr-CA' : undefined}
                autoComplete="off"
                value={phone[part]}
                onChange={setPhone(index, part)}
                error={problem?.fields[`phones.${index}.${part}`]}
              />
            ))}
            <Button
              className="button button-secondary-danger"
              onPress={() => setValues((previous) => ({ ...previous, phones: previous.phones.filter((_, i) => i !== index) }))}
            >
              <FormattedMessage id="resources.field.phone.remove" values={{ number: index + 1 }} />
            </Button>
          </fieldset>
        ))}
        <Button
          className="button button-secondary"
          isDisabled={values.phones.length >= maxPhones}
          onPress={() => setValues((previous) => ({ ...previous, phones: [...previous.phones, { ...emptyPhone }] }))}
        >
          <FormattedMessage id="resources.field.phone.add" />
        </Button>
      </fieldset>
      <div className="button-row">
        {/* After a conflict, saving waits for the colleague's version (else it would conflict again). */}
        <Button type="submit" className="button" isDisabled={isSubmitting || isStale}>
          <FormattedMessage id={isNew ? 'resources.new.submit' : 'resources.edit.submit'} />
        </Button>
      </div>
    </form>
  );
}

/** The texts in form order. */
const textOrder: readonly TextName[] = [
  'key', 'name', 'nameFr', 'provider', 'description', 'descriptionFr', 'greatFor', 'greatForFr', 'hours', 'hoursFr', 'region', 'url', 'email', 'address',
];
/** The texts about what the resource is (the others say how to reach it). */
const aboutTexts = new Set<TextName>(['key', 'name', 'nameFr', 'provider', 'description', 'descriptionFr', 'greatFor', 'greatForFr']);
/** Texts with a help line. */
const helpIds: Partial<Record<TextName, MessageId>> = {
  key: 'resources.field.key.help',
  hours: 'resources.field.hours.help',
  region: 'resources.field.region.help',
  address: 'resources.field.address.help',
};
