import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { programStreamSchema, type ProgramStream, type StreamPolicy } from '../../api/streams';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { NumberInput } from '../../components/number-input';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';
import { choicePrefix, policyFields, policyFieldsets, type PolicyField } from './policy-fields';

/** Props of {@link StreamPolicyForm}. */
export interface StreamPolicyFormProps {
  stream: ProgramStream;
  /** The stream as saved: the page shows it (and the curriculum form takes its version). */
  onSaved: (stream: ProgramStream) => void;
  /** Someone else changed the stream meanwhile: the page loads theirs. */
  onStale: () => void;
}

interface Values {
  name: string;
  nameFr: string;
  retired: boolean;
  policy: StreamPolicy;
}

function valuesOf(stream: ProgramStream): Values {
  return { name: stream.name, nameFr: stream.nameFr, retired: stream.retired, policy: stream.policy };
}

/** The label of a setting, and its help with the bounds of a number. */
export function policyLabel(intl: IntlShape, field: PolicyField): string {
  return intl.formatMessage({ id: `policy.field.${field.name}` as MessageId });
}

function policyHelp(intl: IntlShape, field: PolicyField): string {
  const help = intl.formatMessage({ id: `policy.help.${field.name}` as MessageId });
  if (field.kind === 'number') return `${help} ${intl.formatMessage({ id: 'policy.bounds' }, { min: field.min, max: field.max })}`;
  if (field.kind === 'cents') {
    const money = (cents: number) => intl.formatNumber(cents / 100, { style: 'currency', currency: 'CAD' });
    return `${help} ${intl.formatMessage({ id: 'policy.bounds' }, { min: money(field.min), max: money(field.max) })}`;
  }
  return help;
}

/** What is wrong with a setting's value before sending, if anything. */
function checkField(intl: IntlShape, field: PolicyField, value: unknown): string | undefined {
  if (field.kind === 'number' || field.kind === 'cents') {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max;
    if (ok) return undefined;
    if (field.kind === 'cents') return intl.formatMessage({ id: 'policy.range.money' });
    return intl.formatMessage({ id: 'policy.range' }, { min: field.min, max: field.max });
  }
  if (field.kind === 'choice') return typeof value === 'string' && field.options.includes(value) ? undefined : intl.formatMessage({ id: 'form.required' });
  return undefined;
}

/**
 * A stream's names, its whole policy (every setting, grouped, each with its help and bounds) and
 * whether it is retired, saved at once on the version read. When someone else saved meanwhile,
 * their stream shows and the change has to be made again on it.
 */
export function StreamPolicyForm({ stream, onSaved, onStale }: StreamPolicyFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [values, setValues] = useState(() => valuesOf(stream));
  // What the values started from, and at which version. The curriculum's save changes the
  // version only: the values stay. A change by someone else to these settings shows here, unless
  // something was typed (the server then refuses the save, and theirs shows).
  const current = JSON.stringify(valuesOf(stream));
  const [base, setBase] = useState({ key: current, version: stream.version });
  const [mustReset, setMustReset] = useState(false);
  if (stream.version !== base.version) {
    const isDirty = JSON.stringify(values) !== base.key;
    if (current === base.key || !isDirty || mustReset) {
      setBase({ key: current, version: stream.version });
      if (current !== base.key || mustReset) setValues(valuesOf(stream));
      setMustReset(false);
    }
  }
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const setPolicy = (name: string, value: number | boolean | string) =>
    setValues((previous) => ({ ...previous, policy: { ...previous.policy, [name]: value } }));
  const labels: Record<string, string> = {
    name: intl.formatMessage({ id: 'streams.field.name' }),
    nameFr: intl.formatMessage({ id: 'streams.field.nameFr' }),
    ...Object.fromEntries(policyFields.map((field) => [`policy.${field.name}`, policyLabel(intl, field)])),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const missing = problemFromFields(
      {
        name: values.name.trim() ? undefined : required,
        nameFr: values.nameFr.trim() ? undefined : required,
        ...Object.fromEntries(policyFields.map((field) => [`policy.${field.name}`, checkField(intl, field, values.policy[field.name])])),
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    setSubmitting(true);
    try {
      const body = { name: values.name.trim(), nameFr: values.nameFr.trim(), policy: values.policy, retired: values.retired, version: base.version };
      const saved = await api.send('PUT', `/streams/${stream.id}`, body, programStreamSchema);
      setProblem(undefined);
      // Saved: the form starts again from what the server kept.
      setValues(valuesOf(saved));
      setBase({ key: JSON.stringify(valuesOf(saved)), version: saved.version });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setMustReset(true);
        setProblem({ summary: intl.formatMessage({ id: 'streams.conflict' }), fields: {} });
        onStale();
      } else {
        setProblem(problemFromNestedError(error, intl));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const control = (field: PolicyField) => {
    const name = `policy.${field.name}`;
    const value = values.policy[field.name];
    const error = problem?.fields[name];
    switch (field.kind) {
      case 'boolean':
        return (
          <div key={name} className="field" id={fieldId(name)}>
            <CheckboxItem isSelected={value === true} onChange={(checked) => setPolicy(field.name, checked)} aria-describedby={`${fieldId(name)}-help`}>
              {policyLabel(intl, field)}
            </CheckboxItem>
            <p id={`${fieldId(name)}-help`} className="field-description">
              {policyHelp(intl, field)}
            </p>
          </div>
        );
      case 'choice':
        return (
          <SelectField
            key={name}
            name={name}
            label={policyLabel(intl, field)}
            description={policyHelp(intl, field)}
            options={field.options.map((option) => ({ value: option, label: enumLabel(intl, choicePrefix[field.name] ?? 'policy', option) }))}
            value={typeof value === 'string' ? value : ''}
            onChange={(chosen) => setPolicy(field.name, chosen)}
            error={error}
          />
        );
      case 'cents':
        return (
          <NumberInput
            key={name}
            name={name}
            label={policyLabel(intl, field)}
            description={policyHelp(intl, field)}
            minValue={field.min / 100}
            maxValue={field.max / 100}
            step={0.01}
            formatOptions={{ style: 'currency', currency: 'CAD' }}
            value={typeof value === 'number' ? value / 100 : Number.NaN}
            onChange={(dollars) => setPolicy(field.name, Number.isNaN(dollars) ? Number.NaN : Math.round(dollars * 100))}
            error={error}
          />
        );
      case 'number':
        return (
          <NumberInput
            key={name}
            name={name}
            label={policyLabel(intl, field)}
            description={policyHelp(intl, field)}
            minValue={field.min}
            maxValue={field.max}
            value={typeof value === 'number' ? value : Number.NaN}
            onChange={(number) => setPolicy(field.name, number)}
            error={error}
          />
        );
    }
  };

  return (
    <section className="card" aria-labelledby="policy-heading">
      <h2 id="policy-heading">
        <FormattedMessage id="policy.title" />
      </h2>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form" noValidate aria-labelledby="policy-heading" onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="fieldset row-fieldset">
          <legend className="row-legend">
            <FormattedMessage id="policy.fieldset.names" />
          </legend>
          <TextInput name="name" label={labels.name!} autoComplete="off" value={values.name} onChange={(name) => setValues((v) => ({ ...v, name }))} error={problem?.fields.name} />
          <TextInput
            name="nameFr"
            label={labels.nameFr!}
            lang="fr"
            autoComplete="off"
            value={values.nameFr}
            onChange={(nameFr) => setValues((v) => ({ ...v, nameFr }))}
            error={problem?.fields.nameFr}
          />
        </fieldset>
        {policyFieldsets.map((fieldset) => (
          <fieldset key={fieldset.id} className="fieldset row-fieldset">
            <legend className="row-legend">
              <FormattedMessage id={`policy.fieldset.${fieldset.id}`} />
            </legend>
            {fieldset.fields.map(control)}
          </fieldset>
        ))}
        <fieldset className="fieldset row-fieldset">
          <legend className="row-legend">
            <FormattedMessage id="policy.fieldset.retirement" />
          </legend>
          <CheckboxItem isSelected={values.retired} onChange={(retired) => setValues((v) => ({ ...v, retired }))} aria-describedby="retired-help">
            <FormattedMessage id="policy.retired" />
          </CheckboxItem>
          <p id="retired-help" className="field-description">
            <FormattedMessage id="policy.retired.help" />
          </p>
        </fieldset>
        <Button type="submit" className="button" isDisabled={isSubmitting}>
          <FormattedMessage id="policy.submit" />
        </Button>
      </form>
    </section>
  );
}
