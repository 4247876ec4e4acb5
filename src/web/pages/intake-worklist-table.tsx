import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { IntakeWorkItem } from '../api/intake-worklist';
import { ZonedDateTime } from '../components/zoned-date-time';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link IntakeWorklistTable}. */
export interface IntakeWorklistTableProps {
  items: readonly IntakeWorkItem[];
}

/** The intake worklist as a table: name (to the file), state, stream, due date (overdue said in words), appointment. */
export function IntakeWorklistTable({ items }: IntakeWorklistTableProps) {
  const intl = useIntl();
  const sorted = [...items].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <div className="table-scroll" role="region" aria-labelledby="worklist-caption" tabIndex={0}>
      <table className="table">
        <caption id="worklist-caption">
          <FormattedMessage id="worklist.caption" values={{ count: items.length }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="worklist.column.name" />
            </th>
            <th scope="col">
              <FormattedMessage id="worklist.column.state" />
            </th>
            <th scope="col">
              <FormattedMessage id="worklist.column.stream" />
            </th>
            <th scope="col">
              <FormattedMessage id="worklist.column.due" />
            </th>
            <th scope="col">
              <FormattedMessage id="worklist.column.appointment" />
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => (
            <tr key={item.participantId}>
              <th scope="row">
                <Link to={`/participants/${item.participantId}`}>{item.name}</Link>
              </th>
              <td>{enumLabel(intl, 'caseState', item.caseState)}</td>
              <td>{enumLabel(intl, 'stream', item.stream)}</td>
              <td>
                {item.dueOn}
                {item.overdue && (
                  <span className="badge badge-error">
                    <FormattedMessage id="worklist.overdue" />
                  </span>
                )}
              </td>
              <td>
                {item.appointment ? (
                  <>
                    <ZonedDateTime value={item.appointment.startsAt} timeZone={item.appointment.timeZone} />
                    <span className="table-note">{enumLabel(intl, 'appointmentMode', item.appointment.mode)}</span>
                  </>
                ) : (
                  <FormattedMessage id="worklist.noAppointment" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
