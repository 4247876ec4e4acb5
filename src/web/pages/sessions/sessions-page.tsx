import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { daySessionListSchema, groupListSchema } from '../../api/groups-read';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import '../../components/attendance.css';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { CalendarFeedCard } from './calendar-feed-card';
import { DaySessionTable } from './day-session-table';
import { addDays, isIsoDay, today } from './session-day';

/**
 * `/sessions?day=YYYY-MM-DD`: the sessions of one day (today unless the address names another),
 * each leading to its roster; the groups the user leads; and their calendar address.
 */
export function SessionsPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const requested = params.get('day');
  const now = today();
  const day = isIsoDay(requested) ? requested : now;
  const isToday = day === now;
  const title = isToday ? intl.formatMessage({ id: 'sessions.title.today' }) : intl.formatMessage({ id: 'sessions.title.day' }, { date: day });
  useDocumentTitle(title);
  const sessions = useApiQuery(`/sessions?day=${day}`, daySessionListSchema);
  const groups = useApiQuery('/groups?mine=true', groupListSchema);
  const [typed, setTyped] = useState<{ day: string; value: string }>({ day, value: day });
  // The field follows the day shown until the user types another.
  const value = typed.day === day ? typed.value : day;
  const [dayError, setDayError] = useState<string>();

  const show = (next: string) => {
    setDayError(undefined);
    const query = new URLSearchParams(params);
    if (next === now) query.delete('day');
    else query.set('day', next);
    setParams(query);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isIsoDay(value)) return setDayError(intl.formatMessage({ id: 'sessions.day.invalid' }));
    show(value);
  };

  return (
    <>
      <h1>{title}</h1>
      <p className="intro">
        <FormattedMessage id="sessions.intro" />
      </p>
      <form className="day-picker" noValidate onSubmit={onSubmit} aria-label={intl.formatMessage({ id: 'sessions.day.legend' })}>
        <Button className="button button-secondary" onPress={() => show(addDays(day, -1))}>
          <span aria-hidden="true">← </span>
          <FormattedMessage id="sessions.day.previous" />
        </Button>
        <TextInput
          name="day"
          type="date"
          label={intl.formatMessage({ id: 'sessions.day.label' })}
          description={intl.formatMessage({ id: 'field.date.help' })}
          value={value}
          onChange={(next) => setTyped({ day, value: next })}
          error={dayError}
        />
        <Button type="submit" className="button button-secondary">
          <FormattedMessage id="sessions.day.show" />
        </Button>
        <Button className="button button-secondary" onPress={() => show(addDays(day, 1))}>
          <FormattedMessage id="sessions.day.next" />
          <span aria-hidden="true"> →</span>
        </Button>
        {!isToday && (
          <Button className="button button-secondary" onPress={() => show(now)}>
            <FormattedMessage id="sessions.day.today" />
          </Button>
        )}
      </form>
      <LoadState isLoading={sessions.isLoading && !sessions.data} error={sessions.error} onRetry={sessions.reload} />
      {sessions.data && <DaySessionTable day={day} sessions={sessions.data} />}
      <div className="cards sessions-aside">
        <section className="card" aria-labelledby="my-groups-heading">
          <h2 id="my-groups-heading">
            <FormattedMessage id="sessions.myGroups" />
          </h2>
          <LoadState isLoading={groups.isLoading && !groups.data} error={groups.error} onRetry={groups.reload} />
          {groups.data?.length === 0 && (
            <p>
              <FormattedMessage id="sessions.myGroups.none" />
            </p>
          )}
          {groups.data && groups.data.length > 0 && (
            <ul className="plain-list">
              {groups.data.map((group) => (
                <li key={group.id}>
                  <Link to={`/groups/${group.id}`}>{group.name}</Link>
                  {group.nextSession && (
                    <span className="table-note">
                      <FormattedMessage
                        id="sessions.myGroups.next"
                        values={{ date: group.nextSession.localDate, time: group.nextSession.localTime, number: group.nextSession.number }}
                      />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <CalendarFeedCard />
      </div>
    </>
  );
}
