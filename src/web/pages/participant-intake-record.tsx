import { FormattedMessage, useIntl } from 'react-intl';
import { consentKinds, type ParticipantFile } from '../api/participant-file';
import { DateTime } from '../components/date-time';
import { ZonedDateTime } from '../components/zoned-date-time';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link ParticipantIntakeRecord}. */
export interface ParticipantIntakeRecordProps {
  file: ParticipantFile;
}

/** What intake has done so far: the appointment, assessments, which consents are signed, and the case's history. */
export function ParticipantIntakeRecord({ file }: ParticipantIntakeRecordProps) {
  const intl = useIntl();
  const signed = (kind: string) => file.consents.find((consent) => consent.kind === kind && consent.withdrawnAt === null);
  return (
    <section className="card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">
        <FormattedMessage id="participant.intake" />
      </h2>
      <h3>
        <FormattedMessage id="participant.appointments" />
      </h3>
      {file.appointments.length === 0 ? (
        <p>
          <FormattedMessage id="participant.appointments.none" />
        </p>
      ) : (
        <ul className="plain-list">
          {file.appointments.map((appointment) => (
            <li key={appointment.id}>
              <ZonedDateTime value={appointment.startsAt} timeZone={appointment.timeZone} /> — {enumLabel(intl, 'appointmentMode', appointment.mode)} (
              {enumLabel(intl, 'appointmentStatus', appointment.status)})
            </li>
          ))}
        </ul>
      )}
      <h3>
        <FormattedMessage id="participant.assessments" />
      </h3>
      {file.assessments.length === 0 ? (
        <p>
          <FormattedMessage id="participant.assessments.none" />
        </p>
      ) : (
        <ul className="plain-list">
          {file.assessments.map((assessment) => (
            <li key={assessment.id}>
              <DateTime value={new Date(assessment.completedAt)} /> — {enumLabel(intl, 'suitability', assessment.suitability)}
              {assessment.reasons && <> — {assessment.reasons}</>}
            </li>
          ))}
        </ul>
      )}
      <h3>
        <FormattedMessage id="participant.consents" />
      </h3>
      <ul className="plain-list">
        {consentKinds.map((kind) => {
          const consent = signed(kind);
          return (
            <li key={kind}>
              <span aria-hidden="true">{consent ? '✓ ' : '○ '}</span>
              {enumLabel(intl, 'consent', kind)}:{' '}
              {consent ? (
                <FormattedMessage id="participant.consent.signed" values={{ name: consent.signedName, date: consent.signedAt.slice(0, 10) }} />
              ) : (
                <FormattedMessage id="participant.consent.missing" />
              )}
            </li>
          );
        })}
      </ul>
      <h3>
        <FormattedMessage id="participant.history" />
      </h3>
      <ol className="plain-list">
        {file.history.map((entry, index) => (
          <li key={index}>
            <DateTime value={new Date(entry.occurredAt)} /> —{' '}
            <FormattedMessage
              id="participant.history.entry"
              values={{ from: enumLabel(intl, 'caseState', entry.from), to: enumLabel(intl, 'caseState', entry.to) }}
            />
            {entry.byName && <> ({entry.byName})</>}
            {entry.reasonCode && (
              <>
                {' '}
                — <FormattedMessage id="caseDecision.historyReason" values={{ value: enumLabel(intl, 'caseDecision.reasonCode', entry.reasonCode) }} />
              </>
            )}
            {entry.reason && <> — {entry.reason}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
