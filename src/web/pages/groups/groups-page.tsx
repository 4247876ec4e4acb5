import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'react-router';
import { groupListSchema, type GroupSummary } from '../../api/groups-read';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { localTimeLabel, weekdayName } from './group-format';

const statuses = ['open', 'closed', 'all'] as const;

/** Where a group meets: its site and room, or its telephone bridge or meeting link. */
function GroupPlace({ group }: { group: GroupSummary }) {
  const intl = useIntl();
  const delivery = enumLabel(intl, 'delivery', group.delivery);
  const place = [group.siteName, group.room].filter(Boolean).join(', ');
  if (group.delivery === 'in_person') return <>{place || delivery}</>;
  return (
    <>
      {delivery}
      {group.bridge && <> — {group.bridge}</>}
      {place && <> ({place})</>}
    </>
  );
}

/**
 * `/groups`: the agency's groups (open ones first by default; closed or all by the filter, kept
 * in the address): stream, when, where, who leads, how full, and the next session; each links to
 * the group's page. Those who set up groups can start a new one from here.
 */
export function GroupsPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'groups.title' }));
  const location = useLocation();
  const [notice] = useState(() => (location.state as { created?: string } | null)?.created);
  const [params, setParams] = useSearchParams();
  const status = statuses.find((s) => s === params.get('status')) ?? 'open';
  const groups = useApiQuery(`/groups?status=${status}`, groupListSchema);
  const list = groups.data ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="groups.title" />
      </h1>
      <SuccessNotice>{notice && <FormattedMessage id="groups.created" values={{ name: notice }} />}</SuccessNotice>
      {hasPermission(session, 'group.manage') && (
        <p>
          <Link to="/groups/new" className="button">
            <FormattedMessage id="groups.new" />
          </Link>
        </p>
      )}
      <div className="filters">
        <SelectField
          name="status"
          label={intl.formatMessage({ id: 'groups.filter.status' })}
          options={statuses.map((value) => ({ value, label: intl.formatMessage({ id: `groups.filter.status.${value}` }) }))}
          value={status}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === 'open' || value === '') next.delete('status');
            else next.set('status', value);
            setParams(next, { replace: true });
          }}
        />
      </div>
      <LoadState isLoading={groups.isLoading && !groups.data} error={groups.error} onRetry={groups.reload} />
      {groups.data && (
        <div className="table-scroll" role="region" aria-labelledby="groups-caption" tabIndex={0}>
          <table className="table">
            <caption id="groups-caption">
              <FormattedMessage id="groups.caption" values={{ count: list.length }} />
            </caption>
            <thead>
              <tr>
                {(['name', 'stream', 'when', 'place', 'facilitators', 'members', 'next'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`groups.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((group) => (
                <tr key={group.id}>
                  <th scope="row">
                    <Link to={`/groups/${group.id}`}>{group.name}</Link>
                    {group.status === 'closed' && (
                      <>
                        {' '}
                        <span className="badge badge-unknown">
                          <FormattedMessage id="groups.status.closed" />
                        </span>
                      </>
                    )}
                  </th>
                  <td>
                    {group.streamName}
                    <br />
                    <span className="muted">
                      {enumLabel(intl, 'groupGender', group.groupGender)}, {enumLabel(intl, 'language', group.language)}
                    </span>
                  </td>
                  <td>
                    <FormattedMessage
                      id="groups.when"
                      values={{ value: weekdayName(intl, group.weekday), time: localTimeLabel(intl, group.startTime), from: group.startDate }}
                    />
                  </td>
                  <td>
                    <GroupPlace group={group} />
                  </td>
                  <td>{group.facilitators.length > 0 ? group.facilitators.map((f) => f.name).join(', ') : <FormattedMessage id="groups.noFacilitator" />}</td>
                  <td>
                    <FormattedMessage id="groups.members" values={{ count: group.members, max: group.capacity }} />
                  </td>
                  <td>
                    {group.nextSession ? (
                      <FormattedMessage
                        id="groups.nextSession"
                        values={{ number: group.nextSession.number, date: group.nextSession.localDate, time: localTimeLabel(intl, group.nextSession.localTime) }}
                      />
                    ) : (
                      <FormattedMessage id="groups.noNextSession" />
                    )}
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
