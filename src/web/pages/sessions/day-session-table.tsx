import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { DaySession } from '../../api/groups-read';
import { DateTime } from '../../components/date-time';
import { enumLabel } from '../../i18n/enum-label';

/** Props of {@link DaySessionTable}. */
export interface DaySessionTableProps {
  day: string;
  sessions: readonly DaySession[];
}

/** A day's sessions in start order, each leading to its roster; a cancelled one says so and why. */
export function DaySessionTable({ day, sessions }: DaySessionTableProps) {
  const intl = useIntl();
  if (sessions.length === 0) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="sessions.none" values={{ date: day }} />
      </p>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="day-sessions-caption" tabIndex={0}>
      <table className="table">
        <caption id="day-sessions-caption">
          <FormattedMessage id="sessions.caption" values={{ count: sessions.length, date: day }} />
        </caption>
        <thead>
          <tr>
            {(['session', 'time', 'topic', 'place', 'attendance', 'status'] as const).map((column) => (
              <th key={column} scope="col">
                <FormattedMessage id={`sessions.column.${column}`} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                <Link to={`/sessions/${session.id}`}>
                  <FormattedMessage id="sessions.sessionName" values={{ name: session.groupName, number: session.number }} />
                </Link>
              </th>
              <td>
                <FormattedMessage id="sessions.time" values={{ time: session.localTime, count: session.minutes }} />
              </td>
              <td>{session.topic ?? '—'}</td>
              <td>
                {session.place ?? '—'}
                <span className="table-note">{enumLabel(intl, 'delivery', session.delivery)}</span>
              </td>
              <td>
                <FormattedMessage id="sessions.marked" values={{ count: session.marked, max: session.members }} />
              </td>
              <td>
                {session.status === 'cancelled' ? (
                  <>
                    <strong>
                      <FormattedMessage id="session.status.cancelled" />
                    </strong>
                    {session.cancelReason && (
                      <span className="table-note">
                        <FormattedMessage id="session.cancelReason" values={{ value: session.cancelReason }} />
                      </span>
                    )}
                  </>
                ) : (
                  <FormattedMessage id="session.status.scheduled" />
                )}
                {session.rescheduledFrom && (
                  <span className="table-note">
                    <FormattedMessage id="session.rescheduledFrom" values={{ date: <DateTime value={new Date(session.rescheduledFrom)} /> }} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
