import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { contactLogSchema } from '../../api/partner-contact';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import type { PartnerSectionProps } from '../partners/partner-section';
import { ContactDialog, noticeLabel } from './contact-dialog';
import './partner-contact.css';

/**
 * The partner file's contact log: every contact and attempt, newest first (when, what, who, how
 * long, topics, notices delivered, notes, follow-up), and the quick contact entry for those who
 * record contacts (`partner.write`).
 */
export function PartnerContactHistory({ file, canWrite }: PartnerSectionProps) {
  const intl = useIntl();
  const log = useApiQuery(`/partners/${file.id}/contacts`, contactLogSchema);
  const [notice, setNotice] = useState<string>();
  const items = log.data?.items ?? [];
  return (
    <section aria-labelledby="partner-contacts-heading">
      <h2 id="partner-contacts-heading">
        <FormattedMessage id="partnerContact.history.title" />
      </h2>
      {canWrite && (
        <ContactDialog
          partnerId={file.id}
          partnerName={file.fullName}
          onSaved={() => {
            setNotice(intl.formatMessage({ id: 'partnerContact.record.saved' }));
            log.reload();
          }}
        />
      )}
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={log.isLoading && !log.data} error={log.error} onRetry={log.reload} />
      {log.data &&
        (items.length === 0 ? (
          <p>
            <FormattedMessage id="partnerContact.history.none" />
          </p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="partner-contacts-caption" tabIndex={0}>
            <table className="table">
              <caption id="partner-contacts-caption">
                <FormattedMessage id="partnerContact.history.caption" />
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="partnerContact.history.col.when" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="partnerContact.history.col.what" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="partnerContact.history.col.by" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="partnerContact.history.col.details" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <DateTime value={new Date(entry.occurredAt)} />
                    </td>
                    <th scope="row">
                      {intl.formatMessage({ id: `partnerContact.kind.${entry.kind}` })}
                      {entry.outcome && <span className="table-note">{intl.formatMessage({ id: `partnerContact.outcome.${entry.outcome}` })}</span>}
                      {entry.durationMinutes !== null && (
                        <span className="table-note">
                          <FormattedMessage id="partnerContact.history.duration" values={{ minutes: entry.durationMinutes }} />
                        </span>
                      )}
                    </th>
                    <td>{entry.worker?.name ?? ''}</td>
                    <td>
                      {entry.initiatedBy === 'partner' && (
                        <p>
                          <FormattedMessage id="partnerContact.history.partnerInitiated" />
                        </p>
                      )}
                      {entry.topics.length > 0 && (
                        <p>
                          <FormattedMessage id="partnerContact.history.topics" values={{ list: intl.formatList(entry.topics.map((topic) => intl.formatMessage({ id: `partnerContact.topic.${topic}` }))) }} />
                        </p>
                      )}
                      {entry.deliveredNotices.length > 0 && (
                        <p>
                          <FormattedMessage id="partnerContact.history.notices" values={{ list: entry.deliveredNotices.map((n) => noticeLabel(intl, n)).join('; ') }} />
                        </p>
                      )}
                      {entry.notes && <p className="contact-notes">{entry.notes}</p>}
                      {entry.followUpOn && (
                        <p>
                          <FormattedMessage id="partnerContact.history.followUp" values={{ date: entry.followUpOn }} />
                        </p>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
