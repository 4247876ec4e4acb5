import { FormattedMessage } from 'react-intl';
import type { PartnerFile } from '../../api/partners';

/**
 * Shown first in the file when the partner's latest decision is "declined": nobody calls, writes
 * or sends a message until the partner says otherwise (the channel gate refuses them anyway).
 */
export function PartnerDeclinedNotice({ file }: { file: PartnerFile }) {
  const current = file.consent.current;
  if (current?.decision !== 'declined') return null;
  return (
    <div className="notice notice-error" role="note" aria-labelledby="partner-declined-title">
      <p className="notice-title" id="partner-declined-title">
        <FormattedMessage id="partnerFile.declined.title" values={{ date: current.decidedOn }} />
      </p>
      <p>
        <FormattedMessage id="partnerFile.declined.body" />
      </p>
    </div>
  );
}
