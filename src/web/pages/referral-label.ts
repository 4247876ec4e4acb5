import type { IntlShape } from 'react-intl';
import type { Referral } from '../api/participant-file';
import { formatIsoDate } from '../format/format-iso-date';
import { enumLabel } from '../i18n/enum-label';

/** A referral in a few words, to tell it from the file's others: stream, source and date received. */
export function referralLabel(intl: IntlShape, referral: Referral): string {
  return intl.formatMessage(
    { id: 'referral.label' },
    { stream: enumLabel(intl, 'stream', referral.stream), source: enumLabel(intl, 'source', referral.source), date: formatIsoDate(new Date(referral.receivedAt)) },
  );
}
