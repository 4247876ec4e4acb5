import { FormattedMessage, useIntl } from 'react-intl';
import type { Referral } from '../api/participant-file';
import { formatFileSize } from '../format/format-file-size';
import { formatIsoDate } from '../format/format-iso-date';
import { enumLabel } from '../i18n/enum-label';
import type { CaseWrite } from './case-write';
import { DocumentUploadForm } from './document-upload-form';

/** Props of {@link ReferralDocuments}. */
export interface ReferralDocumentsProps {
  referral: Referral;
  /** Given when the user may attach documents (`referral.write`). */
  write?: CaseWrite | undefined;
  /** The user may download them (`referral.read`); each download is audited. */
  canDownload: boolean;
}

/** The orders attached to a referral (kind, name, type, size, date), each a download; and a form to attach one. */
export function ReferralDocuments({ referral, write, canDownload }: ReferralDocumentsProps) {
  const intl = useIntl();
  const headingId = `documents-${referral.id}-heading`;
  const documents = referral.documents;
  return (
    <section aria-labelledby={headingId} className="documents">
      <h4 id={headingId}>
        <FormattedMessage id="document.title" />
      </h4>
      {documents.length === 0 ? (
        <p>
          <FormattedMessage id="document.none" />
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table className="table">
            <caption id={`${headingId}-caption`}>
              <FormattedMessage id="document.caption" values={{ count: documents.length }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="document.column.file" />
                </th>
                <th scope="col">
                  <FormattedMessage id="document.column.kind" />
                </th>
                <th scope="col">
                  <FormattedMessage id="document.column.type" />
                </th>
                <th scope="col">
                  <FormattedMessage id="document.column.size" />
                </th>
                <th scope="col">
                  <FormattedMessage id="document.column.uploaded" />
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    {canDownload ? (
                      <a href={`/api/v1/referrals/${referral.id}/documents/${document.id}`} download={document.fileName}>
                        <FormattedMessage id="document.download" values={{ name: document.fileName }} />
                      </a>
                    ) : (
                      document.fileName
                    )}
                  </th>
                  <td>{enumLabel(intl, 'documentKind', document.kind)}</td>
                  <td>{enumLabel(intl, 'mediaType', document.mediaType.replace('/', '_'))}</td>
                  <td>{formatFileSize(intl, document.sizeBytes)}</td>
                  <td>{formatIsoDate(new Date(document.uploadedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {write && <DocumentUploadForm referralId={referral.id} write={write} />}
    </section>
  );
}
