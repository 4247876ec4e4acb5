import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { markListSchema, type AttendanceStatus, type Roster, type RosterEntry } from '../../api/roster';
import { ErrorSummary } from '../../components/error-summary';
import { StandingBadge, StandingReasons } from '../../components/standing-badge';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import type { FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';
import {
  checkRow,
  fieldOfMarkPath,
  isChanged,
  markField,
  markInput,
  takesMinutesLate,
  takesMinutesLeftEarly,
  takesReason,
  valuesOfMark,
  type RowField,
  type RowValues,
} from './roster-marks';
import { StatusRadios } from './status-radios';

/** Props of {@link RosterForm}. */
export interface RosterFormProps {
  roster: Roster;
  /** Marks may be recorded: the user may, and the session is held (not cancelled, not ahead). */
  editable: boolean;
  /** Names link to the participant file (`participant.read`). */
  canOpenFiles: boolean;
  /** Reads the roster again and shows it. */
  refresh: () => Promise<void>;
}

const rowFields: readonly RowField[] = ['status', 'minutesLate', 'minutesLeftEarly', 'reason'];
const fieldMessages: Record<RowField, MessageId> = {
  status: 'roster.column.attendance',
  minutesLate: 'roster.minutesLate',
  minutesLeftEarly: 'roster.minutesLeftEarly',
  reason: 'roster.reason',
};

/**
 * The roster as a table, one row per person: their attendance (a radio group with quick keys),
 * minutes and reason where the status takes them, and their standing. Saving sends only the
 * rows changed, each with the version read; a server message lands on the row it concerns, and
 * a colleague's save meanwhile shows their marks while keeping the user's changes.
 */
export function RosterForm({ roster, editable, canOpenFiles, refresh }: RosterFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [edits, setEdits] = useState<Partial<Record<string, RowValues>>>({});
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const { people } = roster;
  const valuesOf = (person: RosterEntry) => edits[person.participantId] ?? valuesOfMark(person.mark);
  const changed = people.filter((person) => isChanged(person, valuesOf(person)));
  const unmarked = people.filter((person) => valuesOf(person).status === '');

  const setRow = (person: RosterEntry, patch: Partial<RowValues>) => {
    setNotice(undefined);
    setEdits((previous) => ({ ...previous, [person.participantId]: { ...(previous[person.participantId] ?? valuesOfMark(person.mark)), ...patch } }));
  };
  const focusRow = (index: number) => {
    const row = table.current?.querySelector(`[data-roster-row="${index}"]`);
    const radio = row?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? row?.querySelector<HTMLInputElement>('input[type="radio"]');
    radio?.focus();
  };
  const rowLabel = (person: RosterEntry, field: RowField) =>
    intl.formatMessage({ id: 'form.rowField' }, { row: person.name, label: intl.formatMessage({ id: fieldMessages[field] }) });
  const labels = Object.fromEntries(people.flatMap((person) => rowFields.map((field) => [markField(person.participantId, field), rowLabel(person, field)])));

  const markAllPresent = () => {
    setProblem(undefined);
    setEdits((previous) => ({
      ...previous,
      ...Object.fromEntries(unmarked.map((person) => [person.participantId, { ...valuesOf(person), status: 'present' as const }])),
    }));
    setNotice(intl.formatMessage({ id: 'roster.allPresent.done' }, { count: unmarked.length }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving) return;
    if (changed.length === 0) {
      setProblem(undefined);
      setNotice(intl.formatMessage({ id: 'roster.nothingToSave' }));
      return;
    }
    const found: FormProblem['fields'] = {};
    for (const person of changed) {
      for (const [field, code] of Object.entries(checkRow(valuesOf(person)))) {
        found[markField(person.participantId, field as RowField)] = intl.formatMessage({ id: `roster.check.${code}` });
      }
    }
    const count = Object.keys(found).length;
    if (count > 0) {
      setNotice(undefined);
      setProblem({ summary: intl.formatMessage({ id: 'form.fieldsNeedAttention' }, { count }), fields: found });
      return;
    }
    const marks = changed.map((person) => {
      const values = valuesOf(person);
      return markInput(person, { ...values, status: values.status as AttendanceStatus });
    });
    const sent = marks.map((mark) => mark.participantId);
    setSaving(true);
    setNotice(undefined);
    try {
      await api.send('PUT', `/sessions/${roster.session.sessionId}/marks`, { marks }, markListSchema);
      setProblem(undefined);
      await refresh().catch(() => undefined);
      setEdits({});
      setNotice(intl.formatMessage({ id: 'roster.saved' }, { count: marks.length }));
    } catch (error) {
      const apiError = ApiError.from(error);
      if (apiError.code === 'attendance.stale_mark') {
        // A colleague saved first: show theirs, keep what this user changed, and let them save again.
        setProblem({ summary: intl.formatMessage({ id: 'roster.conflict' }), fields: {} });
        await refresh().catch(() => undefined);
      } else {
        setProblem(problemFromNestedError(error, intl, (path) => fieldOfMarkPath(path, sent)));
      }
    } finally {
      setSaving(false);
    }
  };

  const statusText = (person: RosterEntry) => {
    const mark = person.mark;
    if (!mark) return <FormattedMessage id="roster.notMarked" />;
    return (
      <>
        {enumLabel(intl, 'attendanceStatus', mark.status)}
        {mark.minutesLate !== null && (
          <span className="table-note">
            <FormattedMessage id="roster.minutesLate.value" values={{ count: mark.minutesLate }} />
          </span>
        )}
        {mark.minutesLeftEarly !== null && (
          <span className="table-note">
            <FormattedMessage id="roster.minutesLeftEarly.value" values={{ count: mark.minutesLeftEarly }} />
          </span>
        )}
        {mark.reason && (
          <span className="table-note">
            <FormattedMessage id="roster.reason.value" values={{ value: mark.reason }} />
          </span>
        )}
      </>
    );
  };

  const detailFields = (person: RosterEntry, values: RowValues, nameId: string) => {
    const field = (name: RowField) => markField(person.participantId, name);
    const minutes = (name: 'minutesLate' | 'minutesLeftEarly', optional: boolean) => (
      <TextInput
        name={field(name)}
        label={intl.formatMessage({ id: optional ? `roster.${name}.optional` : `roster.${name}` })}
        aria-labelledby={nameId}
        inputMode="numeric"
        autoComplete="off"
        inputClassName="field-input-number"
        value={values[name]}
        onChange={(value) => setRow(person, { [name]: value })}
        error={problem?.fields[field(name)]}
      />
    );
    return (
      <div className="roster-details">
        {takesMinutesLate(values.status) && minutes('minutesLate', values.status === 'refused_entry')}
        {takesMinutesLeftEarly(values.status) && minutes('minutesLeftEarly', true)}
        {takesReason(values.status) && (
          <TextInput
            name={field('reason')}
            label={intl.formatMessage({ id: values.status === 'excused' ? 'roster.reason' : 'roster.reason.optional' })}
            aria-labelledby={nameId}
            autoComplete="off"
            value={values.reason}
            onChange={(value) => setRow(person, { reason: value })}
            error={problem?.fields[field('reason')]}
          />
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="roster-heading" className="roster">
      <h2 id="roster-heading">
        <FormattedMessage id="roster.heading" />
      </h2>
      {editable && (
        <div className="notice notice-info" id="roster-keys">
          <p className="notice-title">
            <FormattedMessage id="roster.keys.title" />
          </p>
          <p>
            <FormattedMessage id="roster.keys.text" />
          </p>
        </div>
      )}
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      {people.length === 0 ? (
        <p>
          <FormattedMessage id="roster.empty" />
        </p>
      ) : (
        <RosterBody editable={editable} onSubmit={(event) => void onSubmit(event)}>
          {editable && unmarked.length > 0 && (
            <div className="button-row">
              <Button className="button button-secondary" onPress={markAllPresent}>
                <FormattedMessage id="roster.allPresent" values={{ count: unmarked.length }} />
              </Button>
            </div>
          )}
          <div className="table-scroll" role="region" aria-labelledby="roster-caption" aria-describedby={editable ? 'roster-keys' : undefined} tabIndex={0}>
            <table className="table roster-table" ref={table}>
              <caption id="roster-caption">
                <FormattedMessage id="roster.caption" values={{ count: people.length, number: roster.session.number }} />
              </caption>
              <thead>
                <tr>
                  {(['person', 'attendance', 'standing'] as const).map((column) => (
                    <th key={column} scope="col">
                      <FormattedMessage id={`roster.column.${column}`} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {people.map((person, index) => {
                  const values = valuesOf(person);
                  const nameId = `roster-person-${person.participantId}`;
                  const isRowChanged = editable && isChanged(person, values);
                  return (
                    <tr key={person.participantId} data-roster-row={index} className={isRowChanged ? 'roster-row-changed' : undefined}>
                      <th scope="row" id={nameId}>
                        {canOpenFiles ? <Link to={`/participants/${person.participantId}`}>{person.name}</Link> : person.name}
                        {person.makeUp && (
                          <span className="tag">
                            <FormattedMessage id="roster.makeUp" />
                          </span>
                        )}
                        {!person.isMember && !person.makeUp && (
                          <span className="table-note">
                            <FormattedMessage id="roster.notMember" />
                          </span>
                        )}
                        {isRowChanged && (
                          <span className="tag tag-changed">
                            <FormattedMessage id="roster.unsaved" />
                          </span>
                        )}
                      </th>
                      <td>
                        {editable ? (
                          <>
                            <StatusRadios
                              name={markField(person.participantId, 'status')}
                              label={intl.formatMessage({ id: 'roster.statusLabel' }, { name: person.name })}
                              value={values.status}
                              onChange={(status) => setRow(person, { status })}
                              onMove={(step) => focusRow(index + step)}
                              error={problem?.fields[markField(person.participantId, 'status')]}
                            />
                            {detailFields(person, values, nameId)}
                          </>
                        ) : (
                          statusText(person)
                        )}
                      </td>
                      <td>
                        {person.standing ? (
                          <>
                            <StandingBadge standing={person.standing.standing} />
                            <span className="table-note">
                              <FormattedMessage
                                id="standing.credited"
                                values={{ count: person.standing.creditedSessions, max: person.standing.sessionsRequired }}
                              />
                            </span>
                            <StandingReasons reasons={person.standing.reasons} />
                          </>
                        ) : (
                          <FormattedMessage id="standing.none" />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <SuccessNotice>{notice}</SuccessNotice>
          {editable && (
            <div className="button-row">
              <Button type="submit" className="button" isDisabled={isSaving}>
                <FormattedMessage id="roster.save" values={{ count: changed.length }} />
              </Button>
            </div>
          )}
        </RosterBody>
      )}
    </section>
  );
}

/** The roster's table and buttons: a form when marks may be recorded, else a plain block. */
function RosterBody({ editable, onSubmit, children }: { editable: boolean; onSubmit: (event: FormEvent<HTMLFormElement>) => void; children: ReactNode }) {
  return editable ? (
    <form noValidate onSubmit={onSubmit} aria-labelledby="roster-heading">
      {children}
    </form>
  ) : (
    <div>{children}</div>
  );
}
