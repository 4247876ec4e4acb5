import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { usePdfDownload } from '../packs/pack-download';
import type { PartnerSectionProps } from '../partners/partner-section';

/**
 * "Export the partner's record": everything held about the partner as one PDF in their
 * language, for the partner who asks for it. The server records each export.
 */
export function PartnerRecordExport({ file }: PartnerSectionProps) {
  const pdf = usePdfDownload();
  return (
    <section aria-labelledby="partner-record-heading">
      <h2 id="partner-record-heading">
        <FormattedMessage id="partnerRecord.title" />
      </h2>
      <p>
        <FormattedMessage id="partnerRecord.help" />
      </p>
      <Button className="button button-secondary" isDisabled={pdf.busy !== undefined} onPress={() => void pdf.download('record', { method: 'GET', path: `/partners/${file.id}/record/pdf` })}>
        <FormattedMessage id="partnerRecord.export" />
      </Button>
      <div role="alert">
        {pdf.error && (
          <p className="notice notice-error">
            <FormattedMessage id="packs.failed" values={{ message: pdf.error }} />
          </p>
        )}
      </div>
    </section>
  );
}
