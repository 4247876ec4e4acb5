import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { complianceItemsSchema, type ClockId, type ComplianceItem } from '../../api/compliance';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';

/** Who an item is about, as far as the reader may know: a link to the file, a group's name, or "Not shown". */
function Subject({ subject }: { subject: ComplianceItem['subject'] }) {
  const intl = useIntl();
  if (subject.kind === 'participant') {
    return (
      <>
        <Link to={`/participants/${subject.id}`}>{subject.name}</Link>
        {subject.fileNumber && <span className="field-description"> ({subject.fileNumber})</span>}
      </>
    );
  }
  if (subject.kind === 'group') return <>{subject.name}</>;
  if (subject.kind === 'partner') return <Link to={`/partners/${subject.id}`}>{intl.formatMessage({ id: 'compliance.subject.partner' })}</Link>;
  return <>{intl.formatMessage({ id: 'compliance.subject.hidden' })}</>;
}

/** The items behind a clock, overdue and late first (the server's order), in a captioned table. */
export function ClockItems({ clock, period }: { clock: ClockId; period: { from: string; to: string } }) {
  const intl = useIntl();
  const query = useApiQuery(`/compliance/${clock}?from=${period.from}&to=${period.to}`, complianceItemsSchema);
  const data = query.data;
  const clockName = intl.formatMessage({ id: 'compliance.clock' }, { clock });
  return (
    <>
      <LoadState isLoading={query.isLoading && !data} error={query.error} onRetry={query.reload} />
      {data && data.items.length === 0 && (
        <p>
          <FormattedMessage id="compliance.items.none" />
        </p>
      )}
      {data && data.items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={`items-${clock}`} tabIndex={0}>
          <table className="table">
            <caption id={`items-${clock}`}>
              <FormattedMessage id="compliance.items.caption" values={{ clock: clockName, count: data.items.length }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="compliance.col.subject" />
                </th>
                <th scope="col">
                  <FormattedMessage id="compliance.col.status" />
                </th>
                <th scope="col">
                  <FormattedMessage id="compliance.col.due" />
                </th>
                <th scope="col">
                  <FormattedMessage id="compliance.col.met" />
                </th>
                <th scope="col">
                  <FormattedMessage id="compliance.col.daysLate" />
                </th>
                {clock === 'group_size' && (
                  <th scope="col">
                    <FormattedMessage id="compliance.col.size" />
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.items.map((item, index) => (
                <tr key={index}>
                  <td>
                    <Subject subject={item.subject} />
                  </td>
                  <td>
                    <FormattedMessage id="compliance.status" values={{ status: item.status === 'overdue' && clock === 'group_size' ? 'outside' : item.status }} />
                  </td>
                  <td>{item.dueOn}</td>
                  <td>{item.metOn ?? '—'}</td>
                  <td>{item.daysLate === null ? '—' : intl.formatNumber(item.daysLate)}</td>
                  {clock === 'group_size' && (
                    <td>{item.groupSize ? intl.formatMessage({ id: 'compliance.size' }, item.groupSize) : '—'}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
