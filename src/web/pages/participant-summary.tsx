import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod/mini';
import type { ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { useSession } from '../session/session-context';
import { FactList } from '../components/fact-list';
import { enumLabel } from '../i18n/enum-label';
import type { CaseWrite } from './case-write';
import { ParticipantRecordForm, recordFormId } from './participant-record-form';

const remindersSchema = z.object({ remindersOptIn: z.boolean() });

/** Props of {@link ParticipantSummary}. */
export interface ParticipantSummaryProps {
  file: ParticipantFile;
  /** Given when the user may correct the record (`participant.write`). */
  write?: CaseWrite | undefined;
}

/**
 * Who the participant is: identity, language, group, how to reach them, and the case's state in
 * words; with `participant.write`, a form to correct the record, opened from here.
 */
export function ParticipantSummary({ file, write }: ParticipantSummaryProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [isEditing, setEditing] = useState(false);
  const remindersProblem = write?.problemOf('reminders');
  const setReminders = (optIn: boolean) =>
    void write?.run('reminders', () => api.send('PUT', `/participants/${file.id}/reminders`, { optIn }, remindersSchema), optIn ? 'participant.reminders.turnedOn' : 'participant.reminders.turnedOff');
  const toggle = useRef<HTMLButtonElement>(null);
  const yes = (value: boolean) => intl.formatMessage({ id: value ? 'common.yes' : 'common.no' });
  const language =
    file.language === 'other' && file.languageOther ? file.languageOther : enumLabel(intl, 'language', file.language);
  const address = file.address && `${file.address.street}, ${file.address.city} ${file.address.province} ${file.address.postalCode}`;
  const rows: [string, string | null][] = [
    [intl.formatMessage({ id: 'participant.caseState' }), enumLabel(intl, 'caseState', file.caseState)],
    [intl.formatMessage({ id: 'person.preferredName' }), file.preferredName],
    [intl.formatMessage({ id: 'person.dateOfBirth' }), file.dateOfBirth],
    [intl.formatMessage({ id: 'person.gender' }), enumLabel(intl, 'gender', file.gender)],
    [intl.formatMessage({ id: 'person.pronouns' }), file.pronouns],
    [intl.formatMessage({ id: 'person.groupGender' }), enumLabel(intl, 'groupGender', file.groupGender)],
    [intl.formatMessage({ id: 'person.language' }), language],
    [intl.formatMessage({ id: 'person.interpreterNeeded' }), yes(file.interpreterNeeded)],
    [intl.formatMessage({ id: 'person.indigenousIdentity' }), yes(file.indigenousIdentity)],
    [intl.formatMessage({ id: 'person.phone' }), file.phone],
    [intl.formatMessage({ id: 'person.email' }), file.email],
    [intl.formatMessage({ id: 'person.safeToLeaveMessages' }), yes(file.safeToLeaveMessages)],
    [intl.formatMessage({ id: 'person.address' }), address],
    [intl.formatMessage({ id: 'person.accessibilityNeeds' }), file.accessibilityNeeds],
    [intl.formatMessage({ id: 'person.remindersOptIn' }), yes(file.remindersOptIn)],
  ];
  const close = (saved: boolean) => {
    setEditing(false);
    // Cancelled: back to the button. Saved: the page has put the focus on its heading and notice.
    if (!saved) requestAnimationFrame(() => toggle.current?.focus());
  };
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">
        <FormattedMessage id="participant.summary" />
      </h2>
      <FactList rows={rows} />
      {write && (
        <div className="card-actions">
          <Button
            ref={toggle}
            className="button button-secondary"
            aria-expanded={isEditing}
            aria-controls={isEditing ? recordFormId : undefined}
            onPress={() => setEditing(!isEditing)}
          >
            <FormattedMessage id="participant.edit" />
          </Button>
          {isEditing && <ParticipantRecordForm file={file} write={write} onClose={close} />}
        </div>
      )}
      {write && (
        <div className="card-actions">
          <p className="field-description">
            <FormattedMessage id="participant.reminders.help" />
          </p>
          {remindersProblem && <ErrorSummary problem={remindersProblem} labels={{}} />}
          <Button className="button button-secondary" isDisabled={write.isBusy} onPress={() => setReminders(!file.remindersOptIn)}>
            <FormattedMessage id={file.remindersOptIn ? 'participant.reminders.turnOff' : 'participant.reminders.turnOn'} />
          </Button>
        </div>
      )}
    </section>
  );
}
