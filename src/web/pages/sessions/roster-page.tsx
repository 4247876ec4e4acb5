import { useCallback, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { groupDetailSchema } from '../../api/groups-read';
import { rosterSchema } from '../../api/roster';
import { useApiQuery } from '../../api/use-api-query';
import '../../components/attendance.css';
import { DateTime } from '../../components/date-time';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { timeZoneName } from '../../format/time-zone-name';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';
import { ConcernForm } from './concern-form';
import { MakeUpForm } from './make-up-form';
import { RosterForm } from './roster-form';
import { SessionNotes } from './session-notes';
import { isMarkingOpen, markingOpensMinutesBefore, zonedInstant } from './session-day';

/**
 * `/sessions/:sessionId`: a session's roster. Facilitators record attendance (quick keys), add a
 * make-up, raise a concern and write notes; everyone who sees groups reads it. A cancelled
 * session, or one more than 15 minutes away, takes no marks and says why.
 */
export function RosterPage() {
  const intl = useIntl();
  const { api } = useSession();
  const session = useSignedInSession();
  const { sessionId = '' } = useParams();
  const path = `/sessions/${sessionId}/roster`;
  const roster = useApiQuery(path, rosterSchema);
  const data = roster.data;
  const info = data?.session;
  // The reason a session was cancelled is kept with the group's sessions.
  const group = useApiQuery(info?.status === 'cancelled' ? `/groups/${info.groupId}` : null, groupDetailSchema);
  const cancelReason = group.data?.sessions.find((s) => s.id === info?.sessionId)?.cancelReason;
  const title = info
    ? intl.formatMessage({ id: 'roster.title' }, { name: info.groupName, number: info.number })
    : intl.formatMessage({ id: roster.error?.status === 404 ? 'roster.notFound' : 'roster.loading' });
  useDocumentTitle(title);
  const { setData } = roster;
  const refresh = useCallback(async () => setData(await api.get(path, rosterSchema)), [api, path, setData]);

  const start = info ? zonedInstant(info.localDate, info.localTime, info.timeZone) : undefined;
  const phase = !info || !start ? undefined : info.status === 'cancelled' ? 'cancelled' : isMarkingOpen(start) ? 'held' : 'upcoming';
  const opensAt = start ? start.getTime() - markingOpensMinutesBefore * 60_000 : undefined;
  // An upcoming session opens by itself when its marking window does.
  const [, setTick] = useState(0);
  useEffect(() => {
    if (phase !== 'upcoming' || opensAt === undefined) return;
    const wait = opensAt - Date.now() + 1_000;
    if (wait > 2_147_483_647) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [phase, opensAt]);
  const canRecord = hasPermission(session, 'attendance.record');
  const editable = canRecord && phase === 'held';
  const zone = info ? (timeZoneName(intl.locale, info.timeZone) ?? info.timeZone) : '';

  return (
    <>
      <p className="breadcrumb">
        <Link to={info ? `/sessions?day=${info.localDate}` : '/sessions'}>
          {info ? <FormattedMessage id="roster.back" values={{ date: info.localDate }} /> : <FormattedMessage id="sessions.title.today" />}
        </Link>
        {info && (
          <>
            {' · '}
            <Link to={`/groups/${info.groupId}`}>
              <FormattedMessage id="roster.toGroup" values={{ name: info.groupName }} />
            </Link>
          </>
        )}
      </p>
      <h1>{title}</h1>
      <LoadState isLoading={roster.isLoading && !data} error={roster.error} onRetry={roster.reload} />
      {data && info && start && (
        <div className="stack-wide">
          <FactList
            rows={[
              [intl.formatMessage({ id: 'roster.fact.when' }), `${intl.formatMessage({ id: 'format.dateTime' }, { date: info.localDate, time: info.localTime })} (${zone})`],
              [intl.formatMessage({ id: 'roster.fact.length' }), intl.formatMessage({ id: 'roster.minutes' }, { count: info.minutes })],
              [intl.formatMessage({ id: 'roster.fact.topic' }), info.topicTitle],
              [
                intl.formatMessage({ id: 'roster.fact.status' }),
                intl.formatMessage({ id: phase === 'cancelled' ? 'session.status.cancelled' : phase === 'upcoming' ? 'session.status.upcoming' : 'session.status.held' }),
              ],
            ]}
          />
          {phase === 'cancelled' && (
            <div className="notice notice-warning">
              <p className="notice-title">
                <FormattedMessage id="roster.cancelled.title" />
              </p>
              {cancelReason && (
                <p>
                  <FormattedMessage id="session.cancelReason" values={{ value: cancelReason }} />
                </p>
              )}
              <p>
                <FormattedMessage id="roster.cancelled.text" />
              </p>
            </div>
          )}
          {phase === 'upcoming' && (
            <p className="notice notice-info">
              <FormattedMessage
                id="roster.upcoming"
                values={{ count: markingOpensMinutesBefore, date: <DateTime value={new Date(opensAt ?? start.getTime())} timeZone={info.timeZone} /> }}
              />
            </p>
          )}
          {!canRecord && (
            <p className="notice notice-info">
              <FormattedMessage id="roster.readOnly" />
            </p>
          )}
          <RosterForm
            key={info.sessionId}
            roster={data}
            editable={editable}
            canOpenFiles={hasPermission(session, 'participant.read')}
            refresh={refresh}
          />
          {(canRecord || hasPermission(session, 'report.draft')) && (
            <div className="cards">
              {editable && <MakeUpForm roster={data} refresh={refresh} />}
              {editable && <ConcernForm roster={data} />}
              <SessionNotes roster={data} canRead={hasPermission(session, 'report.draft')} canWrite={canRecord} />
            </div>
          )}
        </div>
      )}
    </>
  );
}
