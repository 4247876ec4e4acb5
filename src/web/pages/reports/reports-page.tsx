import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { reportWorklistSchema } from '../../api/reports';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ReportSettingsSection } from './report-settings-form';

/**
 * `/reports`: the manager's completion reports: every completed or discharged case with where its
 * report stands, its due day, and two alarms said in words (not only colour): overdue, and sent
 * but unacknowledged past the escalation day. Open ones by default; all on request.
 */
export function ReportsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'reports.title' }));
  const [show, setShow] = useState('open');
  const query = useApiQuery(`/court-reports?show=${show}`, reportWorklistSchema);
  const rows = query.data ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="reports.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="reports.intro" />
      </p>
      <SelectField
        name="show"
        label={intl.formatMessage({ id: 'reports.filter.show' })}
        options={[
          { value: 'open', label: intl.formatMessage({ id: 'reports.filter.open' }) },
          { value: 'all', label: intl.formatMessage({ id: 'reports.filter.all' }) },
        ]}
        value={show}
        onChange={setShow}
      />
      <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />
      {query.data && (
        <div className="table-scroll" role="region" aria-labelledby="reports-caption" tabIndex={0}>
          <table className="table">
            <caption id="reports-caption">
              <FormattedMessage id="reports.caption" values={{ count: rows.length }} />
            </caption>
            <thead>
              <tr>
                {(['participant', 'kind', 'closed', 'due', 'state', 'alarm'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`reports.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.participantId}>
                  <th scope="row">
                    <Link to={`/participants/${row.participantId}`}>{row.participantName}</Link>
                  </th>
                  <td>{enumLabel(intl, 'reports.kind', row.kind)}</td>
                  <td>{row.closedOn}</td>
                  <td>{row.dueOn}</td>
                  <td>
                    {enumLabel(intl, 'reports.status', row.state)}
                    {row.sentOn && (
                      <>
                        {' '}
                        <FormattedMessage id="reports.sentOn" values={{ date: row.sentOn }} />
                      </>
                    )}
                  </td>
                  <td>
                    {row.isOverdue && (
                      <strong className="badge badge-error">
                        <FormattedMessage id="reports.alarm.overdue" />
                      </strong>
                    )}
                    {row.isAckOverdue && (
                      <strong className="badge badge-unknown">
                        <FormattedMessage id="reports.alarm.unacknowledged" values={{ date: row.ackDueOn ?? '' }} />
                      </strong>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ReportSettingsSection onSaved={query.reload} />
    </>
  );
}
