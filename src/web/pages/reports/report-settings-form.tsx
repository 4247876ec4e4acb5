import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { reportSettingsSchema, type ReportSettings } from '../../api/reports';
import { programStreamListSchema, type ProgramStream } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { NumberInput } from '../../components/number-input';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { useSession } from '../../session/session-context';

/** The form once both the settings and the streams are loaded. */
function SettingsForm({ settings, streams, onSaved }: { settings: ReportSettings; streams: ProgramStream[]; onSaved: (saved: ReportSettings) => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [due, setDue] = useState(settings.dueBusinessDays);
  const [escalation, setEscalation] = useState(settings.ackEscalationBusinessDays);
  const [perStream, setPerStream] = useState<Record<string, string>>(() => Object.fromEntries(settings.streams.map((s) => [s.streamId, String(s.dueBusinessDays)])));
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const labels: Record<string, string> = {
    dueBusinessDays: intl.formatMessage({ id: 'reports.settings.due' }),
    ackEscalationBusinessDays: intl.formatMessage({ id: 'reports.settings.escalation' }),
    ...Object.fromEntries(streams.map((s) => [`stream-${s.id}`, intl.formatMessage({ id: 'reports.settings.stream' }, { name: intl.locale === 'fr-CA' ? s.nameFr : s.name })])),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const invalid = intl.formatMessage({ id: 'reports.settings.days.invalid' });
    const entries = streams.map((s) => [s.id, (perStream[s.id] ?? '').trim()] as const).filter(([, value]) => value !== '');
    const local = problemFromFields(
      {
        dueBusinessDays: Number.isInteger(due) && due >= 1 && due <= 60 ? undefined : invalid,
        ackEscalationBusinessDays: Number.isInteger(escalation) && escalation >= 1 && escalation <= 60 ? undefined : invalid,
        ...Object.fromEntries(entries.map(([id, value]) => [`stream-${id}`, /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 60 ? undefined : invalid])),
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const body = { dueBusinessDays: due, ackEscalationBusinessDays: escalation, streams: entries.map(([streamId, value]) => ({ streamId, dueBusinessDays: Number(value) })) };
      onSaved(await api.send('PUT', '/court-report-settings', body, reportSettingsSchema));
    } catch (error) {
      setProblem(problemFromNestedError(error, intl));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <NumberInput name="dueBusinessDays" label={labels.dueBusinessDays!} description={intl.formatMessage({ id: 'reports.settings.due.help' })} value={due} onChange={setDue} minValue={1} maxValue={60} error={problem?.fields.dueBusinessDays} />
      <NumberInput name="ackEscalationBusinessDays" label={labels.ackEscalationBusinessDays!} description={intl.formatMessage({ id: 'reports.settings.escalation.help' })} value={escalation} onChange={setEscalation} minValue={1} maxValue={60} error={problem?.fields.ackEscalationBusinessDays} />
      {streams
        .filter((s) => !s.retired)
        .map((s) => (
          <TextInput
            key={s.id}
            name={`stream-${s.id}`}
            label={labels[`stream-${s.id}`]!}
            description={intl.formatMessage({ id: 'reports.settings.stream.help' })}
            inputMode="numeric"
            value={perStream[s.id] ?? ''}
            onChange={(value) => setPerStream((previous) => ({ ...previous, [s.id]: value }))}
            error={problem?.fields[`stream-${s.id}`]}
          />
        ))}
      <div className="button-row">
        <Button type="submit" className="button button-secondary" isDisabled={isBusy}>
          <FormattedMessage id="reports.settings.submit" />
        </Button>
      </div>
    </form>
  );
}

/** The report clocks: business days to send a report after a case closes (agency, per stream) and before following up. */
export function ReportSettingsSection({ onSaved }: { onSaved: () => void }) {
  const intl = useIntl();
  const settings = useApiQuery('/court-report-settings', reportSettingsSchema);
  const streams = useApiQuery('/streams', programStreamListSchema);
  const [notice, setNotice] = useState<string>();
  return (
    <section aria-labelledby="report-settings-heading">
      <h2 id="report-settings-heading">
        <FormattedMessage id="reports.settings.title" />
      </h2>
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={(settings.isLoading && !settings.data) || (streams.isLoading && !streams.data)} error={settings.error ?? streams.error} onRetry={settings.reload} />
      {settings.data && streams.data && (
        <SettingsForm
          settings={settings.data}
          streams={streams.data}
          onSaved={(saved) => {
            settings.setData(saved);
            setNotice(intl.formatMessage({ id: 'reports.settings.saved' }));
            onSaved();
          }}
        />
      )}
    </section>
  );
}
