import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink } from 'react-router';

/** The program's own pages (streams, holidays), under the main navigation's "Program". */
export function ProgramNav() {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'streams.nav.label' })} className="filters">
      <NavLink to="/programs/streams">
        <FormattedMessage id="streams.title" />
      </NavLink>
      <NavLink to="/programs/holidays">
        <FormattedMessage id="holidays.title" />
      </NavLink>
    </nav>
  );
}
