import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../api/api-error';
import { participantSavedSchema, type ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { problemFromFields } from '../forms/form-problem';
import { missingParticipantFields, participantDetails, participantValues } from '../forms/participant-details';
import { problemFromNestedError } from '../forms/problem-from-nested-error';
import { fieldLabel } from '../i18n/field-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';
import { ParticipantFields, participantFieldNames } from './participant-fields';

/** Props of {@link ParticipantRecordForm}. */
export interface ParticipantRecordFormProps {
  /** The file as last read: the form starts from it, and saves on the version it started from. */
  file: ParticipantFile;
  write: CaseWrite;
  /** Closes the form; `saved` when the record was saved (the page then says so and has the focus). */
  onClose: (saved: boolean) => void;
}

/** The id of the form, for the button that opens it. */
export const recordFormId = 'participant-record-form';

/**
 * Corrects the participant's record: every field is sent, on the version last read. When someone
 * else saved meanwhile, the file shows theirs and what was typed here stays, to be saved again.
 */
export function ParticipantRecordForm({ file, write, onClose }: ParticipantRecordFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [initial] = useState(() => participantValues(file));
  const [values, setValues] = useState(initial.values);
  const [flags, setFlags] = useState(initial.flags);
  // The version the values were read at, sent with them: a change made meanwhile (by anyone) is
  // refused, never overwritten. After a refusal, the version the page then shows: the user has
  // seen it, and saves what they typed on it.
  const [baseVersion, setBaseVersion] = useState(file.version);
  const [isStale, setStale] = useState(false);
  if (isStale && file.version !== baseVersion) {
    setBaseVersion(file.version);
    setStale(false);
  }
  // A problem shows only once this form was sent: not one left from an earlier opening.
  const [isSent, setSent] = useState(false);
  const problem = isSent ? write.problemOf('record') : undefined;
  const labels = Object.fromEntries(participantFieldNames(values).map((name) => [name, fieldLabel(intl, name)]));

  const toProblem = (error: unknown) => {
    if (!(error instanceof ApiError && error.status === 409)) return problemFromNestedError(error, intl, (path) => `participant.${path}`);
    setStale(true);
    return { summary: intl.formatMessage({ id: 'participant.edit.conflict' }), fields: {} };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(true);
    const missing = problemFromFields(missingParticipantFields(values, intl.formatMessage({ id: 'form.required' })), intl);
    if (missing) return write.refuse('record', missing);
    const body = { ...participantDetails(values, flags), version: baseVersion };
    const saved = await write.run('record', () => api.send('PUT', `/participants/${file.id}`, body, participantSavedSchema), 'participant.edit.saved', toProblem);
    if (saved) onClose(true);
  };

  return (
    <form id={recordFormId} className="form record-form" noValidate aria-labelledby="record-form-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="record-form-heading">
        <FormattedMessage id="participant.edit.title" />
      </h3>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <ParticipantFields
        values={values}
        flags={flags}
        onValue={(name, value) => setValues((previous) => ({ ...previous, [name]: value }))}
        onFlag={(name, value) => setFlags((previous) => ({ ...previous, [name]: value }))}
        problem={problem}
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={write.isBusy}>
          <FormattedMessage id="participant.edit.submit" />
        </Button>
        <Button className="button button-secondary" onPress={() => onClose(false)}>
          <FormattedMessage id="dialog.cancel" />
        </Button>
      </div>
    </form>
  );
}
