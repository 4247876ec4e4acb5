import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { concernSchema, type Roster } from '../../api/roster';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useSession } from '../../session/session-context';

/** Props of {@link ConcernForm}. */
export interface ConcernFormProps {
  roster: Roster;
}

const kinds = ['disruptive_behaviour', 'threat', 'safety_concern', 'impaired', 'non_compliance', 'homework_not_done'] as const;
const targets = ['partner', 'child', 'other'] as const;
const severities = ['low', 'medium', 'high'] as const;
const empty = { participantId: '', kind: '', threatTarget: '', severity: '' };

/**
 * "Raise a concern" about someone on the roster: what kind, how serious, and for a threat whom
 * it was against. The partner-contact team hears of the kind and the date only; a threat goes to
 * the manager's list at once.
 */
export function ConcernForm({ roster }: ConcernFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [values, setValues] = useState(empty);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const isThreat = values.kind === 'threat';
  const labels = {
    participantId: intl.formatMessage({ id: 'roster.concern.person' }),
    kind: intl.formatMessage({ id: 'roster.concern.kind' }),
    ...(isThreat ? { threatTarget: intl.formatMessage({ id: 'roster.concern.threatTarget' }) } : {}),
    severity: intl.formatMessage({ id: 'roster.concern.severity' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const missing = problemFromFields(
      {
        participantId: values.participantId ? undefined : required,
        kind: values.kind ? undefined : required,
        threatTarget: isThreat && !values.threatTarget ? intl.formatMessage({ id: 'roster.concern.threatTarget.required' }) : undefined,
        severity: values.severity ? undefined : required,
      },
      intl,
    );
    setNotice(undefined);
    setProblem(missing);
    if (missing) return;
    setBusy(true);
    try {
      const body = { participantId: values.participantId, kind: values.kind, severity: values.severity, ...(isThreat ? { threatTarget: values.threatTarget } : {}) };
      const concern = await api.send('POST', `/sessions/${roster.session.sessionId}/concerns`, body, concernSchema);
      const name = roster.people.find((person) => person.participantId === values.participantId)?.name ?? '';
      setValues(empty);
      setNotice(intl.formatMessage({ id: concern.urgent ? 'roster.concern.doneUrgent' : 'roster.concern.done' }, { name }));
    } catch (error) {
      setProblem(problemFromError(error, intl));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="concern-heading">
      <h2 id="concern-heading">
        <FormattedMessage id="roster.concern.title" />
      </h2>
      <p>
        <FormattedMessage id="roster.concern.intro" />
      </p>
      <p className="notice notice-warning">
        <span aria-hidden="true">⚠ </span>
        <FormattedMessage id="roster.concern.threatNote" />
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="concern-heading">
        <SelectField
          name="participantId"
          label={labels.participantId}
          options={roster.people.map((person) => ({ value: person.participantId, label: person.name }))}
          value={values.participantId}
          onChange={set('participantId')}
          error={problem?.fields.participantId}
        />
        <RadioChoice
          name="kind"
          label={labels.kind}
          options={kinds.map((kind) => ({ value: kind, label: enumLabel(intl, 'concernKind', kind) }))}
          value={values.kind}
          onChange={set('kind')}
          error={problem?.fields.kind}
        />
        {isThreat && (
          <RadioChoice
            name="threatTarget"
            label={intl.formatMessage({ id: 'roster.concern.threatTarget' })}
            options={targets.map((target) => ({ value: target, label: enumLabel(intl, 'threatTarget', target) }))}
            value={values.threatTarget}
            onChange={set('threatTarget')}
            error={problem?.fields.threatTarget}
          />
        )}
        <RadioChoice
          name="severity"
          label={labels.severity}
          options={severities.map((severity) => ({ value: severity, label: enumLabel(intl, 'concernSeverity', severity) }))}
          value={values.severity}
          onChange={set('severity')}
          error={problem?.fields.severity}
        />
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="roster.concern.submit" />
        </Button>
      </form>
      <SuccessNotice>{notice}</SuccessNotice>
    </section>
  );
}
