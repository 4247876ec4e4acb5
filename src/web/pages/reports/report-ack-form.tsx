import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ackMethods } from '../../api/reports';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { problemFromFields } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useAgencyToday } from '../../session/session-context';
import { type ReportFormProps, useReportWrite } from './use-report-write';

/** Records that the referral source acknowledged the report: the day, how, and who (optional). */
export function ReportAckForm({ report, onDone, onStale }: ReportFormProps) {
  const intl = useIntl();
  const today = useAgencyToday();
  const write = useReportWrite(onStale);
  const [acknowledgedOn, setAcknowledgedOn] = useState(today);
  const [method, setMethod] = useState('');
  const [acknowledgedBy, setAcknowledgedBy] = useState('');
  const labels = {
    acknowledgedOn: intl.formatMessage({ id: 'reports.ack.day' }),
    method: intl.formatMessage({ id: 'reports.ack.method' }),
    acknowledgedBy: intl.formatMessage({ id: 'reports.ack.by' }),
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const validDay = /^\d{4}-\d{2}-\d{2}$/.test(acknowledgedOn);
    const local = problemFromFields(
      {
        acknowledgedOn: !validDay ? intl.formatMessage({ id: 'reports.field.day.invalid' }) : acknowledgedOn > today ? intl.formatMessage({ id: 'reports.field.day.future' }) : undefined,
        method: method ? undefined : intl.formatMessage({ id: 'reports.ack.method.required' }),
      },
      intl,
    );
    write.setProblem(local);
    if (local) return;
    const body = { acknowledgedOn, method, ...(acknowledgedBy.trim() ? { acknowledgedBy: acknowledgedBy.trim() } : {}) };
    void write.run('POST', `/court-reports/${report.id}/acknowledgement`, body, (saved) => onDone(saved, intl.formatMessage({ id: 'reports.ack.saved' })));
  };
  return (
    <section aria-labelledby="report-ack-heading">
      <h3 id="report-ack-heading">
        <FormattedMessage id="reports.ack.title" />
      </h3>
      <form className="form" noValidate onSubmit={onSubmit}>
        {write.problem && <ErrorSummary problem={write.problem} labels={labels} />}
        <TextInput name="acknowledgedOn" label={labels.acknowledgedOn} description={intl.formatMessage({ id: 'reports.field.day.help' })} value={acknowledgedOn} onChange={setAcknowledgedOn} error={write.problem?.fields.acknowledgedOn} />
        <SelectField
          name="method"
          label={labels.method}
          options={[{ value: '', label: intl.formatMessage({ id: 'reports.ack.method.choose' }) }, ...ackMethods.map((value) => ({ value, label: enumLabel(intl, 'reports.ackMethod', value) }))]}
          value={method}
          onChange={setMethod}
          error={write.problem?.fields.method}
        />
        <TextInput name="acknowledgedBy" label={labels.acknowledgedBy} value={acknowledgedBy} onChange={setAcknowledgedBy} error={write.problem?.fields.acknowledgedBy} />
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={write.isBusy}>
            <FormattedMessage id="reports.ack.submit" />
          </Button>
        </div>
      </form>
    </section>
  );
}
