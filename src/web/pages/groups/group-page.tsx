import { useCallback } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { groupDetailSchema, type GroupDetail } from '../../api/groups-read';
import { groupStandingsSchema, type GroupStandings } from '../../api/standings';
import { useApiQuery } from '../../api/use-api-query';
import '../../components/attendance.css';
import { DateTime } from '../../components/date-time';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { StandingBadge, StandingReasons } from '../../components/standing-badge';
import { timeZoneName } from '../../format/time-zone-name';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { GroupManageActions } from './group-manage-actions';

/** A weekday (1 Monday … 7 Sunday) in the reader's language. */
function weekdayName(locale: string, weekday: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/**
 * `/groups/:groupId`: a group, its sessions (each leading to its roster) and its members with
 * their standing. The manager's actions come from {@link GroupManageActions}.
 */
export function GroupPage() {
  const intl = useIntl();
  const { groupId = '' } = useParams();
  const group = useApiQuery(`/groups/${groupId}`, groupDetailSchema);
  const standings = useApiQuery(`/groups/${groupId}/standings`, groupStandingsSchema);
  const data = group.data;
  const title = data?.name ?? intl.formatMessage({ id: group.error?.status === 404 ? 'group.notFound' : 'group.title' });
  useDocumentTitle(title);
  const { reload: reloadGroup } = group;
  const { reload: reloadStandings } = standings;
  const reload = useCallback(() => {
    reloadGroup();
    reloadStandings();
  }, [reloadGroup, reloadStandings]);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sessions">
          <FormattedMessage id="group.back" />
        </Link>
      </p>
      <h1>{title}</h1>
      <LoadState isLoading={group.isLoading && !data} error={group.error} onRetry={group.reload} />
      {data && (
        <div className="stack-wide">
          <GroupFacts group={data} />
          <GroupManageActions group={data} reload={reload} />
          <GroupSessions group={data} />
          <section aria-labelledby="group-members-heading">
            <h2 id="group-members-heading">
              <FormattedMessage id="group.members" />
            </h2>
            <LoadState isLoading={standings.isLoading && !standings.data} error={standings.error} onRetry={standings.reload} />
            {standings.data && <GroupMembers group={data} standings={standings.data} />}
          </section>
        </div>
      )}
    </>
  );
}

/** What the group is, when and where it meets, and who leads it. */
function GroupFacts({ group }: { group: GroupDetail }) {
  const intl = useIntl();
  const zone = timeZoneName(intl.locale, group.timeZone) ?? group.timeZone;
  const place = [group.siteName, group.room].filter(Boolean).join(', ') || group.bridge;
  return (
    <section className="card" aria-labelledby="group-facts-heading">
      <h2 id="group-facts-heading">
        <FormattedMessage id="group.facts" />
      </h2>
      <FactList
        rows={[
          [intl.formatMessage({ id: 'group.stream' }), group.streamName],
          [intl.formatMessage({ id: 'group.schedule' }), intl.formatMessage({ id: 'group.schedule.value' }, { value: weekdayName(intl.locale, group.weekday), time: group.startTime, label: zone })],
          [intl.formatMessage({ id: 'group.startDate' }), group.startDate],
          [intl.formatMessage({ id: 'group.delivery' }), enumLabel(intl, 'delivery', group.delivery)],
          [intl.formatMessage({ id: 'group.place' }), place],
          [intl.formatMessage({ id: 'group.language' }), enumLabel(intl, 'language', group.language)],
          [intl.formatMessage({ id: 'group.facilitators' }), group.facilitators.map((f) => f.name).join(', ') || intl.formatMessage({ id: 'group.facilitators.none' })],
          [intl.formatMessage({ id: 'group.size' }), intl.formatMessage({ id: 'group.size.value' }, { count: group.members, max: group.capacity })],
          [intl.formatMessage({ id: 'group.status' }), enumLabel(intl, 'group.status', group.status)],
        ]}
      />
    </section>
  );
}

/** The group's sessions in order, each leading to its roster; a cancelled one says why. */
function GroupSessions({ group }: { group: GroupDetail }) {
  const intl = useIntl();
  const sessions = [...group.sessions].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="group-sessions-heading">
      <h2 id="group-sessions-heading">
        <FormattedMessage id="group.sessions" />
      </h2>
      {sessions.length === 0 ? (
        <p>
          <FormattedMessage id="group.sessions.none" />
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="group-sessions-caption" tabIndex={0}>
          <table className="table">
            <caption id="group-sessions-caption">
              <FormattedMessage id="group.sessions.caption" values={{ count: sessions.length }} />
            </caption>
            <thead>
              <tr>
                {(['session', 'when', 'topic', 'status'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`group.sessions.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    <Link to={`/sessions/${session.id}`}>
                      <FormattedMessage id="group.sessions.link" values={{ number: session.number }} />
                    </Link>
                  </th>
                  <td>{intl.formatMessage({ id: 'format.dateTime' }, { date: session.localDate, time: session.localTime })}</td>
                  <td>{session.topic ?? '—'}</td>
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
                      <FormattedMessage id={new Date(session.startsAt).getTime() <= Date.now() ? 'session.status.held' : 'session.status.scheduled'} />
                    )}
                    {session.rescheduledFrom && (
                      <span className="table-note">
                        <FormattedMessage id="session.rescheduledFrom" values={{ date: <DateTime value={new Date(session.rescheduledFrom)} timeZone={group.timeZone} /> }} />
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The members, worst standing first: credit, absences by kind, lates, anticipated completion and why. */
function GroupMembers({ group, standings }: { group: GroupDetail; standings: GroupStandings }) {
  const intl = useIntl();
  const session = useSignedInSession();
  const canOpenFiles = hasPermission(session, 'participant.read');
  if (standings.members.length === 0) {
    return (
      <p>
        <FormattedMessage id="group.members.none" />
      </p>
    );
  }
  const stateOf = new Map(group.memberList.map((member) => [member.participantId, member.caseState]));
  return (
    <div className="table-scroll" role="region" aria-labelledby="group-members-caption" tabIndex={0}>
      <table className="table">
        <caption id="group-members-caption">
          <FormattedMessage id="group.members.caption" values={{ count: standings.members.length }} />
        </caption>
        <thead>
          <tr>
            {(['person', 'credited', 'absences', 'lates', 'completion', 'standing'] as const).map((column) => (
              <th key={column} scope="col">
                <FormattedMessage id={`group.members.column.${column}`} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {standings.members.map((member) => {
            const standing = member.standing;
            const caseState = stateOf.get(member.participantId);
            return (
              <tr key={member.participantId}>
                <th scope="row">
                  {canOpenFiles ? <Link to={`/participants/${member.participantId}`}>{member.name}</Link> : member.name}
                  <span className="table-note">
                    <FormattedMessage id="group.members.from" values={{ number: member.firstSessionNumber }} />
                    {caseState && <> · {enumLabel(intl, 'caseState', caseState)}</>}
                  </span>
                </th>
                {standing ? (
                  <>
                    <td>
                      <FormattedMessage id="standing.credited" values={{ count: standing.creditedSessions, max: standing.sessionsRequired }} />
                      {standing.madeUp > 0 && (
                        <span className="table-note">
                          <FormattedMessage id="standing.madeUp" values={{ count: standing.madeUp }} />
                        </span>
                      )}
                    </td>
                    <td>
                      <ul className="plain-list compact-list">
                        {(['excused', 'unexcused', 'refusedEntry', 'leftEarly'] as const).map((kind) => (
                          <li key={kind}>
                            <FormattedMessage id={`standing.absences.${kind}`} values={{ count: standing.absences[kind] }} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {standing.lates}
                      {standing.latesCountedAsUnexcused > 0 && (
                        <span className="table-note">
                          <FormattedMessage id="standing.latesCounted" values={{ count: standing.latesCountedAsUnexcused }} />
                        </span>
                      )}
                    </td>
                    <td>{standing.anticipatedCompletionDate ?? <FormattedMessage id="standing.noCompletionDate" />}</td>
                    <td>
                      <StandingBadge standing={standing.standing} />
                      <StandingReasons reasons={standing.reasons} />
                    </td>
                  </>
                ) : (
                  <td colSpan={5}>
                    <FormattedMessage id="standing.none" />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
