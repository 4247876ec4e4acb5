import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { PartnerSectionProps } from '../partners/partner-section';

/**
 * The partner file's way to record a disclosure about this partner (to the Crown, probation,
 * the police, a court or a Children's Aid Society).
 */
export function RecordDisclosureLink({ file }: PartnerSectionProps) {
  return (
    <section aria-labelledby="partner-disclosure-heading">
      <h2 id="partner-disclosure-heading">
        <FormattedMessage id="disclosures.partnerSection.title" />
      </h2>
      <p>
        <FormattedMessage id="disclosures.partnerSection.help" />
      </p>
      <p>
        <Link className="button button-secondary" to={`/disclosures/new?partnerId=${file.id}`}>
          <FormattedMessage id="disclosures.partnerSection.record" />
        </Link>
      </p>
    </section>
  );
}
