import { FormattedMessage, useIntl } from 'react-intl';
import type { ParticipantFile } from '../api/participant-file';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link ParticipantSummary}. */
export interface ParticipantSummaryProps {
  file: ParticipantFile;
}

/** Who the participant is: identity, language, group, how to reach them, and the case's state in words. */
export function ParticipantSummary({ file }: ParticipantSummaryProps) {
  const intl = useIntl();
  const yes = (value: boolean) => intl.formatMessage({ id: value ? 'common.yes' : 'common.no' });
  const language =
    file.language === 'other' && file.languageOther ? file.languageOther : enumLabel(intl, 'language', file.language);
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
    [intl.formatMessage({ id: 'person.accessibilityNeeds' }), file.accessibilityNeeds],
  ];
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">
        <FormattedMessage id="participant.summary" />
      </h2>
      <dl className="facts">
        {rows
          .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
