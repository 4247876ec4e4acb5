import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ParticipantFile } from '../api/participant-file';
import { siteListSchema } from '../api/sites';
import { useApiQuery } from '../api/use-api-query';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { SelectField } from '../components/select-field';
import { TextInput } from '../components/text-input';
import { localName } from '../format/local-name';
import { problemFromFields } from '../forms/form-problem';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';

/** Props of {@link BookIntakeForm}. */
export interface BookIntakeFormProps {
  file: ParticipantFile;
  write: CaseWrite;
}

const modes = ['in_person', 'phone', 'virtual'] as const;

/** Books (or rebooks) the intake appointment: site, date and time on the site's clock, and how it is held. */
export function BookIntakeForm({ file, write }: BookIntakeFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const sites = useApiQuery('/sites', siteListSchema);
  const [values, setValues] = useState({ siteId: '', date: '', time: '', mode: 'in_person' });
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const problem = write.problemOf('booking');
  const labels = {
    siteId: intl.formatMessage({ id: 'booking.site' }),
    date: intl.formatMessage({ id: 'booking.date' }),
    time: intl.formatMessage({ id: 'booking.time' }),
  };
  const locale = intl.locale;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = intl.formatMessage({ id: 'form.required' });
    const missing = problemFromFields(
      { siteId: values.siteId ? undefined : required, date: values.date ? undefined : required, time: values.time ? undefined : required },
      intl,
    );
    if (missing) return write.refuse('booking', missing);
    const body = { mode: values.mode, siteId: values.siteId, startsAtLocal: `${values.date}T${values.time}`, durationMinutes: 60, version: file.version };
    void write.run('booking', () => api.send('POST', `/participants/${file.id}/intake-appointment`, body), 'booking.done');
  };

  return (
    <section className="card" aria-labelledby="booking-heading">
      <h2 id="booking-heading">
        <FormattedMessage id={file.caseState === 'intake_booked' ? 'booking.rebook' : 'booking.title'} />
      </h2>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        <SelectField
          name="siteId"
          label={labels.siteId}
          options={(sites.data ?? []).map((site) => ({ value: site.id, label: `${localName(site, locale)} (${site.timeZone})` }))}
          value={values.siteId}
          onChange={set('siteId')}
          error={problem?.fields.siteId}
        />
        <TextInput name="date" type="date" label={labels.date} value={values.date} onChange={set('date')} error={problem?.fields.date} />
        <TextInput
          name="time"
          type="time"
          label={labels.time}
          description={intl.formatMessage({ id: 'booking.time.help' })}
          value={values.time}
          onChange={set('time')}
          error={problem?.fields.time ?? problem?.fields.startsAtLocal}
        />
        <RadioChoice
          name="mode"
          label={intl.formatMessage({ id: 'booking.mode' })}
          options={modes.map((mode) => ({ value: mode, label: enumLabel(intl, 'appointmentMode', mode) }))}
          value={values.mode}
          onChange={set('mode')}
        />
        <Button type="submit" className="button" isDisabled={write.isBusy}>
          <FormattedMessage id="booking.submit" />
        </Button>
      </form>
    </section>
  );
}
