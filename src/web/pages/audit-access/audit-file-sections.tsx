import { FormattedMessage, useIntl } from 'react-intl';
import type { SampleFile } from '../../api/audit-access';
import { enumLabel } from '../../i18n/enum-label';

/** The sessions the person was marked at, oldest first: day, group, session, attendance, make-up. */
export function AuditAttendance({ attendance }: { attendance: SampleFile['attendance'] }) {
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">
        <FormattedMessage id="auditFile.attendance" />
      </h2>
      {attendance.length === 0 ? (
        <p>
          <FormattedMessage id="auditFile.attendance.none" />
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="attendance-caption" tabIndex={0}>
          <table className="table">
            <caption id="attendance-caption">
              <FormattedMessage id="auditFile.attendance.caption" values={{ count: attendance.length }} />
            </caption>
            <thead>
              <tr>
                {(['day', 'group', 'session', 'status', 'makeUp'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`auditFile.attendance.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {attendance.map((mark, index) => (
                <tr key={index}>
                  <th scope="row">{mark.on}</th>
                  <td>{mark.groupName}</td>
                  <td>{mark.sessionNumber}</td>
                  <td>{enumLabel(intl, 'attendanceStatus', mark.status)}</td>
                  <td>{intl.formatMessage({ id: mark.makeUp ? 'common.yes' : 'common.no' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The completion reports: which kind, where each stands, and the days it was signed, sent and acknowledged. */
export function AuditReports({ reports }: { reports: SampleFile['reports'] }) {
  const intl = useIntl();
  const none = intl.formatMessage({ id: 'auditFile.notYet' });
  return (
    <section className="card" aria-labelledby="reports-heading">
      <h2 id="reports-heading">
        <FormattedMessage id="auditFile.reports" />
      </h2>
      {reports.length === 0 ? (
        <p>
          <FormattedMessage id="auditFile.reports.none" />
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="reports-caption" tabIndex={0}>
          <table className="table">
            <caption id="reports-caption">
              <FormattedMessage id="auditFile.reports.caption" values={{ count: reports.length }} />
            </caption>
            <thead>
              <tr>
                {(['kind', 'status', 'signed', 'sent', 'acknowledged'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`auditFile.reports.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reports.map((report, index) => (
                <tr key={index}>
                  <th scope="row">{enumLabel(intl, 'reports.kind', report.kind)}</th>
                  <td>{enumLabel(intl, 'reports.status', report.acknowledgedOn ? 'acknowledged' : report.status)}</td>
                  <td>{report.signedOn ?? none}</td>
                  <td>{report.sentOn ?? none}</td>
                  <td>{report.acknowledgedOn ?? none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
