import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { TextInput } from '../../components/text-input';
import type { MessageId } from '../../i18n/messages';
import { useAgencyToday } from '../../session/session-context';

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/** The day a finance report is for: the agency's today until another valid day is shown. */
export function useReportDay() {
  const today = useAgencyToday();
  const [typed, setTyped] = useState(today);
  const [day, setDay] = useState(today);
  const [error, setError] = useState<string>();
  return { typed, setTyped, day, setDay, error, setError };
}

/** Props of {@link ReportDayHeader}. */
export interface ReportDayHeaderProps {
  title: MessageId;
  about?: MessageId;
  /** The field's name and label. */
  name: string;
  label: MessageId;
  state: ReturnType<typeof useReportDay>;
}

/**
 * The top of a finance report page: the way back to Fees, the title, what it shows, and the day
 * it is for (a wrong day is said on the field; the report shown stays until a valid one).
 */
export function ReportDayHeader({ title, about, name, label, state }: ReportDayHeaderProps) {
  const intl = useIntl();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const day = state.typed.trim();
    if (!isDay(day)) {
      state.setError(intl.formatMessage({ id: 'fees.report.date.invalid' }));
      return;
    }
    state.setError(undefined);
    state.setDay(day);
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/fees">
          <FormattedMessage id="fees.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id={title} />
      </h1>
      {about && (
        <p>
          <FormattedMessage id={about} />
        </p>
      )}
      <form noValidate onSubmit={onSubmit} className="button-row">
        <TextInput name={name} label={intl.formatMessage({ id: label })} description={intl.formatMessage({ id: 'fees.dateHelp' })} value={state.typed} onChange={state.setTyped} error={state.error} />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id="fees.report.show" />
        </Button>
      </form>
    </>
  );
}
