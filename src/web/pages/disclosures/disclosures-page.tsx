import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { disclosureListSchema, disclosureStatuses } from '../../api/disclosures';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';

/**
 * `/disclosures`: every disclosure decision, newest first, filtered by status (for the manager:
 * those waiting for approval). Never what was disclosed nor who the partner is: only whether a
 * partner is on file. The participant's name shows for those who read participants' files.
 */
export function DisclosuresPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'disclosures.title' }));
  const [status, setStatus] = useState(hasPermission(session, 'disclosure.approve') ? 'pending_approval' : '');
  const query = useApiQuery(`/disclosures${status ? `?status=${status}` : ''}`, disclosureListSchema);
  const rows = query.data ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="disclosures.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="disclosures.intro" />
      </p>
      {hasPermission(session, 'disclosure.create') && (
        <p>
          <Link to="/disclosures/new" className="button">
            <FormattedMessage id="disclosures.new" />
          </Link>
        </p>
      )}
      <SelectField
        name="status"
        label={intl.formatMessage({ id: 'disclosures.filter.status' })}
        options={[{ value: '', label: intl.formatMessage({ id: 'disclosures.filter.all' }) }, ...disclosureStatuses.map((value) => ({ value, label: enumLabel(intl, 'disclosures.status', value) }))]}
        value={status}
        onChange={setStatus}
      />
      <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />
      {query.data && (
        <div className="table-scroll" role="region" aria-labelledby="disclosures-caption" tabIndex={0}>
          <table className="table">
            <caption id="disclosures-caption">
              <FormattedMessage id="disclosures.caption" values={{ count: rows.length }} />
            </caption>
            <thead>
              <tr>
                {(['decided', 'participant', 'recipient', 'basis', 'status', 'partner'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`disclosures.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/disclosures/${row.id}`}>
                      <DateTime value={new Date(row.decidedAt)} />
                    </Link>
                  </th>
                  <td>{row.participantName ?? <FormattedMessage id="disclosures.participantOnFile" />}</td>
                  <td>{enumLabel(intl, 'disclosures.recipient', row.recipient)}</td>
                  <td>{enumLabel(intl, 'disclosures.basis', row.legalBasis)}</td>
                  <td>{enumLabel(intl, 'disclosures.status', row.status)}</td>
                  <td>
                    <FormattedMessage id={row.partnerOnFile ? 'disclosures.partnerOnFile' : 'disclosures.noPartner'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
