import { useIntl } from 'react-intl';
import { timeZoneName } from '../format/time-zone-name';
import { DateTime } from './date-time';

/** Props of {@link ZonedDateTime}. */
export interface ZonedDateTimeProps {
  value: string;
  /** The site's IANA zone: the time is the one on the clock there. */
  timeZone: string;
}

/** An appointment's time as the site's clock shows it, with the zone's name ("Eastern Time"). */
export function ZonedDateTime({ value, timeZone }: ZonedDateTimeProps) {
  const intl = useIntl();
  return (
    <>
      <DateTime value={new Date(value)} timeZone={timeZone} /> ({timeZoneName(intl.locale, timeZone) ?? timeZone})
    </>
  );
}
