import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { manualDeliveryMethods, newSendKey } from '../../api/reports';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromFields } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useAgencyToday } from '../../session/session-context';
import { type ReportFormProps, useReportWrite } from './use-report-write';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * Sends a signed report: by email (the referral source's address on the referral, prefilled) or a
 * delivery made another way (fax, portal, by hand, mail) on a day. One idempotency key per form:
 * sent twice, it is sent once.
 */
export function ReportSendForm({ report, onDone, onStale, referralEmail }: ReportFormProps & { referralEmail: string | null }) {
  const intl = useIntl();
  const today = useAgencyToday();
  const write = useReportWrite(onStale);
  const [idempotencyKey] = useState(newSendKey);
  const [method, setMethod] = useState('email');
  const [to, setTo] = useState(referralEmail ?? '');
  const [deliveredOn, setDeliveredOn] = useState(today);
  const labels = {
    method: intl.formatMessage({ id: 'reports.send.method' }),
    to: intl.formatMessage({ id: 'reports.send.to' }),
    deliveredOn: intl.formatMessage({ id: 'reports.send.deliveredOn' }),
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = method === 'email';
    const local = problemFromFields(
      email
        ? { to: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to.trim()) ? undefined : intl.formatMessage({ id: 'reports.send.to.invalid' }) }
        : {
            deliveredOn: !isDay(deliveredOn)
              ? intl.formatMessage({ id: 'reports.field.day.invalid' })
              : deliveredOn > today
                ? intl.formatMessage({ id: 'reports.field.day.future' })
                : undefined,
          },
      intl,
    );
    write.setProblem(local);
    if (local) return;
    const body = email ? { method, to: to.trim(), idempotencyKey } : { method, deliveredOn, idempotencyKey };
    void write.run('POST', `/court-reports/${report.id}/deliveries`, body, (saved) =>
      onDone(saved, intl.formatMessage({ id: email ? 'reports.send.emailed' : 'reports.send.recorded' })),
    );
  };
  return (
    <section aria-labelledby="report-send-heading">
      <h3 id="report-send-heading">
        <FormattedMessage id="reports.send.title" />
      </h3>
      <form className="form" noValidate onSubmit={onSubmit}>
        {write.problem && <ErrorSummary problem={write.problem} labels={labels} />}
        <RadioChoice
          name="method"
          label={labels.method}
          options={['email', ...manualDeliveryMethods].map((value) => ({ value, label: enumLabel(intl, 'reports.delivery', value) }))}
          value={method}
          onChange={setMethod}
          error={write.problem?.fields.method}
        />
        {method === 'email' ? (
          <TextInput name="to" type="email" label={labels.to} description={intl.formatMessage({ id: 'reports.send.to.help' })} value={to} onChange={setTo} error={write.problem?.fields.to} />
        ) : (
          <TextInput name="deliveredOn" label={labels.deliveredOn} description={intl.formatMessage({ id: 'reports.field.day.help' })} value={deliveredOn} onChange={setDeliveredOn} error={write.problem?.fields.deliveredOn} />
        )}
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={write.isBusy}>
            <FormattedMessage id={method === 'email' ? 'reports.send.submitEmail' : 'reports.send.submitManual'} />
          </Button>
        </div>
      </form>
    </section>
  );
}
