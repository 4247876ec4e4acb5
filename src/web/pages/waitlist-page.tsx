import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query';
import { waitlistSchema } from '../api/waitlist';
import { LoadState } from '../components/load-state';
import { SelectField } from '../components/select-field';
import { enumLabel } from '../i18n/enum-label';
import { useDocumentTitle } from '../i18n/use-document-title';
import { hasPermission } from '../session/has-permission';
import { useSignedInSession } from '../session/session-context';
import { placementAnchor } from './participant-placement';

const filters = {
  stream: ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'],
  groupGender: ['men', 'women'],
  language: ['en', 'fr', 'other'],
} as const;
const prefixes = { stream: 'stream', groupGender: 'groupGender', language: 'language' } as const;

/**
 * `/waitlist`: people waiting for a group, longest wait first, filtered by stream, group and
 * language (kept in the address); those who set groups up go from a row to the file's placement panel.
 */
export function WaitlistPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const canPlace = hasPermission(session, 'group.manage');
  useDocumentTitle(intl.formatMessage({ id: 'waitlist.title' }));
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const name of Object.keys(filters)) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  const waitlist = useApiQuery(`/waitlist?${query.toString()}`, waitlistSchema);
  const any = intl.formatMessage({ id: 'waitlist.any' });
  const sorted = [...(waitlist.data ?? [])].sort((a, b) => b.daysWaited - a.daysWaited);
  return (
    <>
      <h1>
        <FormattedMessage id="waitlist.title" />
      </h1>
      <div className="filters">
        {(Object.keys(filters) as (keyof typeof filters)[]).map((name) => (
          <SelectField
            key={name}
            name={name}
            label={intl.formatMessage({ id: `waitlist.filter.${name}` })}
            options={[{ value: 'any', label: any }, ...filters[name].map((value) => ({ value, label: enumLabel(intl, prefixes[name], value) }))]}
            value={params.get(name) ?? 'any'}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value === 'any' || value === '') next.delete(name);
              else next.set(name, value);
              setParams(next, { replace: true });
            }}
          />
        ))}
      </div>
      <LoadState isLoading={waitlist.isLoading && !waitlist.data} error={waitlist.error} onRetry={waitlist.reload} />
      {waitlist.data && (
        <div className="table-scroll" role="region" aria-labelledby="waitlist-caption" tabIndex={0}>
          <table className="table">
            <caption id="waitlist-caption">
              <FormattedMessage id="waitlist.caption" values={{ count: sorted.length }} />
            </caption>
            <thead>
              <tr>
                {(['name', 'stream', 'group', 'language', 'since', 'days', 'completeBy'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`waitlist.column.${column}`} />
                  </th>
                ))}
                {canPlace && (
                  <th scope="col">
                    <FormattedMessage id="placement.waitlist.column" />
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {sorted.map((entry) => (
                <tr key={entry.participantId}>
                  <th scope="row">
                    <Link to={`/participants/${entry.participantId}`}>{entry.name}</Link>
                  </th>
                  <td>{enumLabel(intl, 'stream', entry.stream)}</td>
                  <td>{enumLabel(intl, 'groupGender', entry.groupGender)}</td>
                  <td>{enumLabel(intl, 'language', entry.language)}</td>
                  <td>{entry.waitlistedOn}</td>
                  <td>{entry.daysWaited}</td>
                  <td>{entry.completeBy ?? '—'}</td>
                  {canPlace && (
                    <td>
                      <Link to={`/participants/${entry.participantId}#${placementAnchor}`}>
                        <FormattedMessage id="placement.waitlist.link" values={{ name: entry.name }} />
                      </Link>
                    </td>
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
