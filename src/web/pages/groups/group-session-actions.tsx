import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { groupDetailSchema, type GroupDetail, type GroupSession } from '../../api/groups-read';
import { FormDialog } from '../../components/form-dialog';
import { NumberInput } from '../../components/number-input';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { useSession } from '../../session/session-context';
import { localTimeLabel } from './group-format';

/** Props of {@link GroupSessionActions}. */
export interface GroupSessionActionsProps {
  group: GroupDetail;
  /** Sends a change (the caller shows the outcome and loads the group again); true when it worked. */
  run: (send: () => Promise<unknown>, done: 'groups.sessions.added' | 'groups.session.cancelled' | 'groups.session.moved') => Promise<boolean>;
  isBusy: boolean;
}

/** A session's label in a list: number, date, time and topic. */
function sessionLabel(intl: ReturnType<typeof useIntl>, session: GroupSession): string {
  return intl.formatMessage(
    { id: 'groups.session.label' },
    { number: session.number, date: session.localDate, time: localTimeLabel(intl, session.localTime), label: session.topic ?? '—' },
  );
}

/**
 * The manager's session actions: schedule more sessions after the last one, and cancel (with a
 * reason) or move a session still to come. Sessions with attendance cannot be changed: the
 * server says so.
 */
export function GroupSessionActions({ group, run, isBusy }: GroupSessionActionsProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [count, setCount] = useState(4);
  const [countError, setCountError] = useState<string>();
  const now = Date.now();
  const upcoming = group.sessions.filter((session) => session.status === 'scheduled' && new Date(session.startsAt).getTime() > now);
  const [chosenId, setChosenId] = useState('');
  const chosen = upcoming.find((session) => session.id === chosenId);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [moveTo, setMoveTo] = useState({ date: '', time: '' });
  const [moveError, setMoveError] = useState<{ date?: string; time?: string }>({});

  const addSessions = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!(Number.isInteger(count) && count >= 1 && count <= 52)) {
      setCountError(intl.formatMessage({ id: 'groups.field.range' }, { min: 1, max: 52 }));
      return;
    }
    setCountError(undefined);
    void run(() => api.send('POST', `/groups/${group.id}/sessions`, { count }, groupDetailSchema), 'groups.sessions.added');
  };

  return (
    <>
      <form className="form narrow" noValidate aria-labelledby="add-sessions-heading" onSubmit={addSessions}>
        <h3 id="add-sessions-heading">
          <FormattedMessage id="groups.sessions.add.title" />
        </h3>
        <NumberInput
          name="count"
          label={intl.formatMessage({ id: 'groups.sessions.add.count' })}
          description={intl.formatMessage({ id: 'groups.sessions.add.help' })}
          minValue={1}
          maxValue={52}
          value={count}
          onChange={setCount}
          error={countError}
        />
        <Button type="submit" className="button button-secondary" isDisabled={isBusy || group.status === 'closed'}>
          <FormattedMessage id="groups.sessions.add.submit" />
        </Button>
      </form>
      <div className="form narrow">
        <h3 id="change-session-heading">
          <FormattedMessage id="groups.session.change.title" />
        </h3>
        {upcoming.length === 0 ? (
          <p>
            <FormattedMessage id="groups.session.none" />
          </p>
        ) : (
          <>
            <SelectField
              name="sessionId"
              label={intl.formatMessage({ id: 'groups.session.choose' })}
              options={upcoming.map((session) => ({ value: session.id, label: sessionLabel(intl, session) }))}
              value={chosenId}
              onChange={(id) => {
                setChosenId(id);
                const session = upcoming.find((s) => s.id === id);
                if (session) setMoveTo({ date: session.localDate, time: session.localTime });
              }}
            />
            <div className="button-row">
              <FormDialog
                triggerLabel={intl.formatMessage({ id: 'groups.session.cancel' })}
                submitLabel={intl.formatMessage({ id: 'groups.session.cancel.submit' })}
                title={chosen ? intl.formatMessage({ id: 'groups.session.cancel.title' }, { label: sessionLabel(intl, chosen) }) : ''}
                isDisabled={isBusy || !chosen}
                isDanger
                check={() => {
                  if (reason.trim()) return true;
                  setReasonError(intl.formatMessage({ id: 'form.required' }));
                  return false;
                }}
                onConfirm={() => {
                  if (!chosen) return;
                  const body = { reason: reason.trim(), version: chosen.version };
                  void run(() => api.send('POST', `/groups/${group.id}/sessions/${chosen.id}/cancel`, body, groupDetailSchema), 'groups.session.cancelled').then((done) => {
                    if (done) {
                      setReason('');
                      setChosenId('');
                    }
                  });
                }}
              >
                <p>
                  <FormattedMessage id="groups.session.cancel.help" />
                </p>
                <TextInput
                  name="cancelReason"
                  label={intl.formatMessage({ id: 'groups.session.cancel.reason' })}
                  multiline
                  autoFocus
                  value={reason}
                  onChange={(value) => {
                    setReason(value);
                    setReasonError(undefined);
                  }}
                  error={reasonError}
                />
              </FormDialog>
              <FormDialog
                triggerLabel={intl.formatMessage({ id: 'groups.session.move' })}
                submitLabel={intl.formatMessage({ id: 'groups.session.move.submit' })}
                title={chosen ? intl.formatMessage({ id: 'groups.session.move.title' }, { label: sessionLabel(intl, chosen) }) : ''}
                isDisabled={isBusy || !chosen}
                check={() => {
                  const required = intl.formatMessage({ id: 'form.required' });
                  const errors = { ...(moveTo.date ? {} : { date: required }), ...(/^\d{2}:\d{2}$/.test(moveTo.time) ? {} : { time: required }) };
                  setMoveError(errors);
                  return Object.keys(errors).length === 0;
                }}
                onConfirm={() => {
                  if (!chosen) return;
                  const body = { startsAtLocal: `${moveTo.date}T${moveTo.time}`, version: chosen.version };
                  void run(() => api.send('POST', `/groups/${group.id}/sessions/${chosen.id}/reschedule`, body, groupDetailSchema), 'groups.session.moved').then((done) => {
                    if (done) setChosenId('');
                  });
                }}
              >
                <TextInput
                  name="moveDate"
                  type="date"
                  label={intl.formatMessage({ id: 'groups.session.move.date' })}
                  autoFocus
                  value={moveTo.date}
                  onChange={(date) => setMoveTo((previous) => ({ ...previous, date }))}
                  error={moveError.date}
                />
                <TextInput
                  name="moveTime"
                  type="time"
                  label={intl.formatMessage({ id: 'groups.session.move.time' })}
                  description={intl.formatMessage({ id: 'groups.session.move.time.help' }, { value: group.timeZone })}
                  value={moveTo.time}
                  onChange={(time) => setMoveTo((previous) => ({ ...previous, time }))}
                  error={moveError.time}
                />
              </FormDialog>
            </div>
          </>
        )}
      </div>
    </>
  );
}
