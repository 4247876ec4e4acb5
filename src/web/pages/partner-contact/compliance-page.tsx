import { FormattedMessage, useIntl } from 'react-intl';
import { complianceSchema, type Compliance } from '../../api/partner-contact';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { LoadState } from '../../components/load-state';
import type { MessageId } from '../../i18n/messages';
import { useDocumentTitle } from '../../i18n/use-document-title';

type Group = { id: string; rows: { id: string; value: number }[] };

function groupsOf(c: Compliance): Group[] {
  return [
    { id: 'partners', rows: [{ id: 'partnersActive', value: c.partnersActive }, { id: 'declined', value: c.declined }] },
    { id: 'first', rows: (['overdue', 'pending', 'metOnTime', 'metLate'] as const).map((id) => ({ id: `first.${id}`, value: c.firstContacts[id] })) },
    { id: 'minimum', rows: (['behind', 'onTrack', 'met', 'notStarted'] as const).map((id) => ({ id: `minimum.${id}`, value: c.minimumContacts[id] })) },
    { id: 'notices', rows: (['overdue', 'open', 'deliveredOnTime', 'deliveredLate'] as const).map((id) => ({ id: `notices.${id}`, value: c.notices[id] })) },
  ];
}

/**
 * `/partner-contact/compliance`: the partner-contact team's compliance for managers, leads and
 * auditors (`statistics.read`): counts only, no names, one table per measure.
 */
export function PartnerContactCompliancePage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'partnerContact.compliance.title' }));
  const query = useApiQuery('/partner-contact/compliance', complianceSchema);
  return (
    <>
      <h1>
        <FormattedMessage id="partnerContact.compliance.title" />
      </h1>
      <p>
        <FormattedMessage id="partnerContact.compliance.intro" />
      </p>
      <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />
      {query.data && (
        <div className="stack">
          <p>
            <FormattedMessage id="partnerContact.compliance.asOf" values={{ time: <DateTime value={new Date(query.data.generatedAt)} /> }} />
          </p>
          {groupsOf(query.data).map((group) => (
            <div key={group.id} className="table-scroll" role="region" aria-labelledby={`compliance-${group.id}`} tabIndex={0}>
              <table className="table">
                <caption id={`compliance-${group.id}`}>{intl.formatMessage({ id: `partnerContact.compliance.${group.id}` as MessageId })}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="partnerContact.compliance.col.measure" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="partnerContact.compliance.col.count" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{intl.formatMessage({ id: `partnerContact.compliance.${row.id}` as MessageId })}</th>
                      <td>{intl.formatNumber(row.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
