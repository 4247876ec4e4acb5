import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { emptySafetyPlanContent, safetyPlanSchema, type SafetyPlan, type SafetyPlanContent } from '../../api/safety-plans';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';

/** A server path ("content.trustedPeople.0.name") as the form field it names ("trustedPeople.0.name"). */
const fieldOfPath = (path: string) => path.replace(/^content\./, '');

let nextKey = 0;
const key = () => `row-${++nextKey}`;

interface Props {
  partnerId: string;
  plan: SafetyPlan;
  onSaved: (plan: SafetyPlan) => void;
  onStale: () => void;
  onCancel: () => void;
}

/**
 * The safety plan to write with the partner: first whether they want one (they decide; "no" is
 * recorded and saves no content), then each part. Saved as a new version against the one read;
 * a colleague's save in between is refused and said, what was typed is kept.
 */
export function SafetyPlanForm({ partnerId, plan, onSaved, onStale, onCancel }: Props) {
  const intl = useIntl();
  const { api } = useSession();
  const current = plan.current;
  const [wanted, setWanted] = useState<'' | 'yes' | 'no'>(current ? (current.wanted ? 'yes' : 'no') : '');
  const start = current?.content ?? emptySafetyPlanContent;
  const [content, setContent] = useState<SafetyPlanContent>(start);
  const [people, setPeople] = useState(() => start.trustedPeople.map((person) => ({ ...person, key: key() })));
  const [numbers, setNumbers] = useState(() => start.emergencyNumbers.map((entry) => ({ ...entry, key: key() })));
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id: id as MessageId }, values);
  const labels: Record<string, string> = { wanted: t('safetyPlan.form.wanted') };
  people.forEach((_, index) => (labels[`trustedPeople.${index}.name`] = t('safetyPlan.form.person.name', { number: index + 1 })));
  numbers.forEach((_, index) => {
    labels[`emergencyNumbers.${index}.label`] = t('safetyPlan.form.number.label', { number: index + 1 });
    labels[`emergencyNumbers.${index}.number`] = t('safetyPlan.form.number.number', { number: index + 1 });
  });
  const text = (name: string, value: string, onChange: (value: string) => void, options: { multiline?: boolean; label?: string } = {}) => (
    <TextInput name={name} label={options.label ?? t(`safetyPlan.part.${name}`)} multiline={options.multiline ?? true} autoComplete="off" value={value} onChange={onChange} error={problem?.fields[name]} />
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const missing: FormProblem['fields'] = {};
    if (wanted === '') missing.wanted = t('safetyPlan.form.wantedRequired');
    if (wanted === 'yes') {
      people.forEach((person, index) => {
        if (!person.name.trim()) missing[`trustedPeople.${index}.name`] = t('safetyPlan.form.required');
      });
      numbers.forEach((entry, index) => {
        if (!entry.label.trim()) missing[`emergencyNumbers.${index}.label`] = t('safetyPlan.form.required');
        if (!entry.number.trim()) missing[`emergencyNumbers.${index}.number`] = t('safetyPlan.form.required');
      });
    }
    const local = problemFromFields(missing, intl);
    setProblem(local);
    if (local) return;
    setSubmitting(true);
    const body =
      wanted === 'yes'
        ? {
            wanted: true,
            content: { ...content, trustedPeople: people.map(({ key: _key, ...person }) => person), emergencyNumbers: numbers.map(({ key: _key, ...entry }) => entry) },
            baseVersion: current?.version ?? 0,
          }
        : { wanted: false, baseVersion: current?.version ?? 0 };
    try {
      onSaved(await api.send('PUT', `/partners/${partnerId}/safety-plan`, body, safetyPlanSchema));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblem({ summary: error.detail ?? t('safetyPlan.conflict'), fields: {} });
        onStale();
      } else {
        setProblem(problemFromNestedError(error, intl, fieldOfPath));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="form record-form" noValidate aria-label={t('safetyPlan.form.label')} onSubmit={(event) => void onSubmit(event)}>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <RadioChoice
        name="wanted"
        label={t('safetyPlan.form.wanted')}
        description={t('safetyPlan.form.wantedHelp')}
        options={[
          { value: 'yes', label: t('safetyPlan.form.wantedYes') },
          { value: 'no', label: t('safetyPlan.form.wantedNo') },
        ]}
        value={wanted}
        onChange={(value) => setWanted(value as 'yes' | 'no')}
        error={problem?.fields.wanted}
      />
      {wanted === 'yes' && (
        <>
          <fieldset className="fieldset">
            <legend>{t('safetyPlan.part.trustedPeople')}</legend>
            <ol className="row-list">
              {people.map((person, index) => {
                const change = (field: 'name' | 'contact' | 'help', value: string) => setPeople((rows) => rows.map((row) => (row.key === person.key ? { ...row, [field]: value } : row)));
                return (
                  <li key={person.key}>
                    {text(`trustedPeople.${index}.name`, person.name, (value) => change('name', value), { multiline: false, label: t('safetyPlan.form.person.name', { number: index + 1 }) })}
                    {text(`trustedPeople.${index}.contact`, person.contact, (value) => change('contact', value), { multiline: false, label: t('safetyPlan.form.person.contact', { number: index + 1 }) })}
                    {text(`trustedPeople.${index}.help`, person.help, (value) => change('help', value), { label: t('safetyPlan.form.person.help', { number: index + 1 }) })}
                    <Button className="button button-secondary-danger" onPress={() => setPeople((rows) => rows.filter((row) => row.key !== person.key))}>
                      {t('safetyPlan.form.person.remove', { number: index + 1 })}
                    </Button>
                  </li>
                );
              })}
            </ol>
            <Button className="button button-secondary" isDisabled={people.length >= 12} onPress={() => setPeople((rows) => [...rows, { name: '', contact: '', help: '', key: key() }])}>
              <FormattedMessage id="safetyPlan.form.person.add" />
            </Button>
          </fieldset>
          {text('safePlace', content.safePlace, (safePlace) => setContent((c) => ({ ...c, safePlace })))}
          <fieldset className="fieldset">
            <legend>{t('safetyPlan.part.importantItems')}</legend>
            {(['documents', 'keys', 'money', 'medication', 'other'] as const).map((item) => (
              <div key={item}>
                {text(`importantItems.${item}`, content.importantItems[item], (value) => setContent((c) => ({ ...c, importantItems: { ...c.importantItems, [item]: value } })), { label: t(`safetyPlan.part.items.${item}`) })}
              </div>
            ))}
          </fieldset>
          {text('workplaceSupports', content.workplaceSupports, (workplaceSupports) => setContent((c) => ({ ...c, workplaceSupports })))}
          {text('codeWord', content.codeWord, (codeWord) => setContent((c) => ({ ...c, codeWord })), { multiline: false })}
          <fieldset className="fieldset">
            <legend>{t('safetyPlan.part.emergencyNumbers')}</legend>
            <p className="field-description">
              <FormattedMessage id="safetyPlan.form.numbersHelp" />
            </p>
            <ol className="row-list">
              {numbers.map((entry, index) => {
                const change = (field: 'label' | 'number', value: string) => setNumbers((rows) => rows.map((row) => (row.key === entry.key ? { ...row, [field]: value } : row)));
                return (
                  <li key={entry.key}>
                    {text(`emergencyNumbers.${index}.label`, entry.label, (value) => change('label', value), { multiline: false, label: t('safetyPlan.form.number.label', { number: index + 1 }) })}
                    {text(`emergencyNumbers.${index}.number`, entry.number, (value) => change('number', value), { multiline: false, label: t('safetyPlan.form.number.number', { number: index + 1 }) })}
                    <Button className="button button-secondary-danger" onPress={() => setNumbers((rows) => rows.filter((row) => row.key !== entry.key))}>
                      {t('safetyPlan.form.number.remove', { number: index + 1 })}
                    </Button>
                  </li>
                );
              })}
            </ol>
            <Button className="button button-secondary" isDisabled={numbers.length >= 15} onPress={() => setNumbers((rows) => [...rows, { label: '', number: '', key: key() }])}>
              <FormattedMessage id="safetyPlan.form.number.add" />
            </Button>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('safetyPlan.part.children')}</legend>
            {text('children.plan', content.children.plan, (plan) => setContent((c) => ({ ...c, children: { ...c.children, plan } })))}
            {text('children.pickup', content.children.pickup, (pickup) => setContent((c) => ({ ...c, children: { ...c.children, pickup } })))}
          </fieldset>
          {text('other', content.other, (other) => setContent((c) => ({ ...c, other })))}
        </>
      )}
      {wanted === 'no' && (
        <p className="notice">
          <FormattedMessage id="safetyPlan.form.notWantedNote" />
        </p>
      )}
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isSubmitting}>
          <FormattedMessage id="safetyPlan.form.save" />
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          <FormattedMessage id="safetyPlan.form.cancel" />
        </Button>
      </div>
    </form>
  );
}
