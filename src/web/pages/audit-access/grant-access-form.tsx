import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { auditGrantSchema, maxGrantDays, maxSampleFiles, newGrantKey, type AuditGrant, type GrantAuditAccessBody, type GrantChoices } from '../../api/audit-access';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';
import { SamplePicker } from './sample-picker';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** `day` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Props of {@link GrantAccessForm}. */
export interface GrantAccessFormProps {
  choices: GrantChoices;
  onGranted: (grant: AuditGrant) => void;
}

/**
 * The manager's grant: which auditor, why, from which day to which day (today and 30 days by
 * default), and the sample of files. One idempotency key per form shown: a double submit grants
 * once. The server's refusals (a day in the past, an end before the start, too long) are said on
 * their field, in the reader's language.
 */
export function GrantAccessForm({ choices, onGranted }: GrantAccessFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const f = (id: MessageId) => intl.formatMessage({ id });
  const [idempotencyKey, setKey] = useState(newGrantKey);
  const [auditorUserId, setAuditor] = useState(choices.auditors.length === 1 ? choices.auditors[0]!.id : '');
  const [purpose, setPurpose] = useState('');
  const [startsOn, setStartsOn] = useState(choices.today);
  const [endsOn, setEndsOn] = useState(addDays(choices.today, 29));
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const labels = {
    auditorUserId: f('auditAccess.field.auditor'),
    purpose: f('auditAccess.field.purpose'),
    startsOn: f('auditAccess.field.startsOn'),
    endsOn: f('auditAccess.field.endsOn'),
    participantIds: f('auditAccess.sample.legend'),
  };

  if (choices.auditors.length === 0) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="auditAccess.noAuditors" />
      </p>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const local = problemFromFields(
      {
        auditorUserId: auditorUserId ? undefined : f('auditAccess.error.auditorRequired'),
        purpose: purpose.trim() ? undefined : f('auditAccess.error.purposeRequired'),
        startsOn: isDay(startsOn.trim()) ? undefined : f('auditAccess.error.day'),
        endsOn: isDay(endsOn.trim()) ? undefined : f('auditAccess.error.day'),
        participantIds:
          chosen.length === 0
            ? f('auditAccess.error.noFiles')
            : chosen.length > maxSampleFiles
              ? intl.formatMessage({ id: 'auditAccess.error.tooManyFiles' }, { max: maxSampleFiles })
              : undefined,
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    const body: GrantAuditAccessBody = { auditorUserId, purpose: purpose.trim(), startsOn: startsOn.trim(), endsOn: endsOn.trim(), participantIds: chosen, idempotencyKey };
    setBusy(true);
    try {
      const grant = await api.send('POST', '/audit-grants', body, auditGrantSchema);
      setProblem(undefined);
      setPurpose('');
      setChosen([]);
      setKey(newGrantKey());
      onGranted(grant);
    } catch (error) {
      setProblem(problemFromError(error, intl));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="grant-heading" className="stack">
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <SelectField
        name="auditorUserId"
        label={labels.auditorUserId}
        description={f('auditAccess.field.auditorHelp')}
        options={choices.auditors.map((auditor) => ({ value: auditor.id, label: `${auditor.displayName} (${auditor.email})` }))}
        value={auditorUserId}
        onChange={setAuditor}
        error={problem?.fields.auditorUserId}
      />
      <TextInput name="purpose" label={labels.purpose} description={f('auditAccess.field.purposeHelp')} multiline value={purpose} onChange={setPurpose} error={problem?.fields.purpose} maxLength={300} />
      <TextInput name="startsOn" label={labels.startsOn} description={f('auditAccess.field.dayHelp')} value={startsOn} onChange={setStartsOn} error={problem?.fields.startsOn} />
      <TextInput
        name="endsOn"
        label={labels.endsOn}
        description={intl.formatMessage({ id: 'auditAccess.field.endsOnHelp' }, { days: maxGrantDays })}
        value={endsOn}
        onChange={setEndsOn}
        error={problem?.fields.endsOn}
      />
      <SamplePicker files={choices.files} chosen={chosen} onChange={setChosen} error={problem?.fields.participantIds} />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="auditAccess.submit" />
        </Button>
      </div>
    </form>
  );
}
