import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { sessionNoteListSchema, sessionNoteSchema, type Roster } from '../../api/roster';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useSession } from '../../session/session-context';

/** Props of {@link SessionNotes}. */
export interface SessionNotesProps {
  roster: Roster;
  /** The notes are listed (`report.draft`: facilitators and managers); each reading is logged. */
  canRead: boolean;
  /** A note may be added (`attendance.record`), at a cancelled or future session too. */
  canWrite: boolean;
}

/** The value of "About" for a note on the whole session. */
const wholeSession = 'session';

/** A session's notes, newest last, and a form to add one about the session or one person. */
export function SessionNotes({ roster, canRead, canWrite }: SessionNotesProps) {
  const intl = useIntl();
  const { api } = useSession();
  const { sessionId } = roster.session;
  const notes = useApiQuery(canRead ? `/sessions/${sessionId}/notes` : null, sessionNoteListSchema);
  const [about, setAbout] = useState(wholeSession);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const labels = { participantId: intl.formatMessage({ id: 'roster.notes.about' }), text: intl.formatMessage({ id: 'roster.notes.text' }) };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const missing = problemFromFields({ text: text.trim() ? undefined : intl.formatMessage({ id: 'form.required' }) }, intl);
    setNotice(undefined);
    setProblem(missing);
    if (missing) return;
    setBusy(true);
    try {
      await api.send('POST', `/sessions/${sessionId}/notes`, { text: text.trim(), ...(about === wholeSession ? {} : { participantId: about }) }, sessionNoteSchema);
      setText('');
      setAbout(wholeSession);
      setNotice(intl.formatMessage({ id: 'roster.notes.done' }));
      notes.reload();
    } catch (error) {
      setProblem(problemFromError(error, intl));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card notes-card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        <FormattedMessage id="roster.notes.title" />
      </h2>
      <p className="notice notice-info">
        <FormattedMessage id="roster.notes.private" />
      </p>
      {canRead && (
        <>
          <LoadState isLoading={notes.isLoading && !notes.data} error={notes.error} onRetry={notes.reload} />
          {notes.data?.length === 0 && (
            <p>
              <FormattedMessage id="roster.notes.none" />
            </p>
          )}
          {notes.data && notes.data.length > 0 && (
            <ul className="plain-list note-list">
              {notes.data.map((note) => (
                <li key={note.noteId} className="note">
                  <p className="note-meta">
                    <strong>
                      {note.participantName ? (
                        <FormattedMessage id="roster.notes.aboutPerson" values={{ name: note.participantName }} />
                      ) : (
                        <FormattedMessage id="roster.notes.aboutSession" />
                      )}
                    </strong>
                    {' — '}
                    <FormattedMessage
                      id="roster.notes.written"
                      values={{ name: note.writtenByName ?? intl.formatMessage({ id: 'roster.notes.unknownWriter' }), date: <DateTime value={new Date(note.writtenAt)} /> }}
                    />
                  </p>
                  <p className="note-text">{note.text}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {canWrite && (
        <>
          <h3>
            <FormattedMessage id="roster.notes.add" />
          </h3>
          {problem && <ErrorSummary problem={problem} labels={labels} />}
          <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={intl.formatMessage({ id: 'roster.notes.add' })}>
            <SelectField
              name="participantId"
              label={labels.participantId}
              options={[
                { value: wholeSession, label: intl.formatMessage({ id: 'roster.notes.aboutSession' }) },
                ...roster.people.map((person) => ({ value: person.participantId, label: person.name })),
              ]}
              value={about}
              onChange={(value) => setAbout(value || wholeSession)}
              error={problem?.fields.participantId}
            />
            <TextInput name="text" label={labels.text} multiline value={text} onChange={setText} error={problem?.fields.text} />
            <Button type="submit" className="button" isDisabled={isBusy}>
              <FormattedMessage id="roster.notes.submit" />
            </Button>
          </form>
          <SuccessNotice>{notice}</SuccessNotice>
        </>
      )}
    </section>
  );
}
