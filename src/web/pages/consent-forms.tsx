import { FormattedMessage } from 'react-intl';
import { consentKinds, type ParticipantFile } from '../api/participant-file';
import type { CaseWrite } from './case-write';
import { ConsentForm } from './consent-form';

/** Props of {@link ConsentForms}. */
export interface ConsentFormsProps {
  file: ParticipantFile;
  write: CaseWrite;
}

/** States in which consents are still collected (intake until the case is placed or closed). */
const collecting = ['referred', 'intake_booked', 'assessed'];

/** A form for each of the four consents not signed yet. */
export function ConsentForms({ file, write }: ConsentFormsProps) {
  const missing = consentKinds.filter((kind) => !file.consents.some((consent) => consent.kind === kind && consent.withdrawnAt === null));
  if (missing.length === 0 || !collecting.includes(file.caseState)) return null;
  return (
    <section className="card" aria-labelledby="consents-heading">
      <h2 id="consents-heading">
        <FormattedMessage id="consent.title" />
      </h2>
      <p>
        <FormattedMessage id="consent.intro" />
      </p>
      {missing.map((kind) => (
        <ConsentForm key={kind} kind={kind} file={file} write={write} />
      ))}
    </section>
  );
}
