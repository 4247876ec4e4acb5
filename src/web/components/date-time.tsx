import { useContext } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { SessionContext } from '../session/session-context';
import { formatIsoDate } from '../format/format-iso-date';
import { isValidTimeZone } from '../format/is-valid-time-zone';

/** Props of {@link DateTime}. */
export interface DateTimeProps {
  /** The moment to show. */
  value: Date;
  /** IANA zone to show it in; the agency's when absent (signed in), else the browser's. */
  timeZone?: string | undefined;
}

/** A moment as "YYYY-MM-DD 14:00" (English) or "YYYY-MM-DD 14 h 00" (French), 24-hour clock. */
export function DateTime({ value, timeZone }: DateTimeProps) {
  const intl = useIntl();
  // A record's moments read on the agency's clock, wherever the reader's computer is set.
  const context = useContext(SessionContext);
  const agencyZone = context?.state.status === 'signed-in' ? context.state.session.agency.timeZone : undefined;
  const zone = [timeZone, agencyZone].find((candidate) => candidate !== undefined && isValidTimeZone(candidate));
  const time = intl.formatTime(value, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (
    <time dateTime={value.toISOString()}>
      <FormattedMessage
        id="format.dateTime"
        values={{ date: formatIsoDate(value, zone), time }}
      />
    </time>
  );
}
