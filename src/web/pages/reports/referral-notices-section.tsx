import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { noticePdfPath, participantReportSchema, referralNoticeListSchema } from '../../api/reports';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { enumLabel } from '../../i18n/enum-label';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { ReferralNoticeForm } from './referral-notice-form';

/**
 * Interim non-compliance notices to the referral source on an open case: those sent (with their
 * PDF in English and French) and, for a manager, a new one (a threat; a pending discharge while it
 * is pending).
 */
export function ReferralNoticesSection({ participantId, caseState }: { participantId: string; caseState: string }) {
  const intl = useIntl();
  const session = useSignedInSession();
  const canSend = hasPermission(session, 'report.sign');
  const notices = useApiQuery(`/participants/${participantId}/referral-notices`, referralNoticeListSchema);
  // The referral's email comes with the report state (an open case is not eligible for a report).
  const state = useApiQuery(canSend ? `/participants/${participantId}/court-report` : null, participantReportSchema);
  const [notice, setNotice] = useState<string>();
  const reasons = caseState === 'pending_discharge' ? (['pending_discharge', 'threat'] as const) : (['threat'] as const);
  return (
    <section aria-labelledby="referral-notices-heading">
      <h2 id="referral-notices-heading">
        <FormattedMessage id="reports.notice.title" />
      </h2>
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={notices.isLoading && !notices.data} error={notices.error} onRetry={notices.reload} />
      {notices.data &&
        (notices.data.length === 0 ? (
          <p>
            <FormattedMessage id="reports.notice.none" />
          </p>
        ) : (
          <ul className="plain-list">
            {notices.data.map((item) => (
              <li key={item.id}>
                <FormattedMessage
                  id="reports.notice.item"
                  values={{ reason: enumLabel(intl, 'reports.notice.reasonLabel', item.reason), date: item.eventOn, method: enumLabel(intl, 'reports.delivery', item.method), sent: item.deliveredOn, name: item.signedName }}
                />{' '}
                <a href={noticePdfPath(item.id, 'en')} hrefLang="en-CA">
                  <FormattedMessage id="reports.notice.pdfEnglish" values={{ date: item.eventOn }} />
                </a>{' '}
                <a href={noticePdfPath(item.id, 'fr')} hrefLang="fr-CA">
                  <FormattedMessage id="reports.notice.pdfFrench" values={{ date: item.eventOn }} />
                </a>
              </li>
            ))}
          </ul>
        ))}
      {canSend && (state.data || state.error) && (
        <ReferralNoticeForm
          participantId={participantId}
          reasons={reasons}
          referralEmail={state.data?.referralEmail ?? null}
          onSent={() => {
            setNotice(intl.formatMessage({ id: 'reports.notice.sent' }));
            notices.reload();
          }}
        />
      )}
    </section>
  );
}
