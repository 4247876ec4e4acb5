import { useIntl } from 'react-intl';
import type { Referral } from '../api/participant-file';
import { FactList } from '../components/fact-list';
import { enumLabel } from '../i18n/enum-label';
import { referralLabel } from './referral-label';

/** Props of {@link ReferralFacts}. */
export interface ReferralFactsProps {
  referral: Referral;
  /** The file's referrals, to name the one this referral duplicates. */
  referrals: readonly Referral[];
}

/**
 * What the referral says: its status (with the reason it was returned, or which referral it
 * duplicates), who sent it, the court file, charges and dates, and the referring officer.
 */
export function ReferralFacts({ referral, referrals }: ReferralFactsProps) {
  const intl = useIntl();
  const original = referral.duplicateOf === null ? undefined : referrals.find((other) => other.id === referral.duplicateOf);
  const officer = [referral.officer.name, referral.officer.office, referral.officer.phone, referral.officer.email].filter((part) => part !== null);
  const rows: [string, string | null][] = [
    [intl.formatMessage({ id: 'referral.status' }), enumLabel(intl, 'referralStatus', referral.status)],
    [intl.formatMessage({ id: 'referral.returnReason' }), referral.returnReason],
    [
      intl.formatMessage({ id: 'referral.duplicateOf' }),
      referral.duplicateOf === null ? null : original ? referralLabel(intl, original) : intl.formatMessage({ id: 'referral.duplicateOf.elsewhere' }),
    ],
    [intl.formatMessage({ id: 'referral.source' }), enumLabel(intl, 'source', referral.source)],
    [intl.formatMessage({ id: 'referral.courtFileNumber' }), referral.courtFileNumber],
    [intl.formatMessage({ id: 'referral.courtLocation' }), referral.courtLocation],
    [intl.formatMessage({ id: 'referral.charges' }), referral.charges.join('; ')],
    [intl.formatMessage({ id: 'referral.orderDate' }), referral.orderDate],
    [intl.formatMessage({ id: 'referral.completeBy' }), referral.completeBy],
    [intl.formatMessage({ id: 'referral.officer' }), officer.join(', ')],
  ];
  return (
    <FactList rows={rows} />
  );
}
