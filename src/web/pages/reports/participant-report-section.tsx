import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { type CourtReport, participantReportSchema, reportPdfPath } from '../../api/reports';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { ReportAckForm } from './report-ack-form';
import { ReportDraftForm } from './report-draft-form';
import { ReportSendForm } from './report-send-form';
import { ReportSignForm } from './report-sign-form';
import { useReportWrite } from './use-report-write';

/** What happened to a report so far, as facts: status, due day, signature, deliveries, acknowledgement. */
function ReportFacts({ report }: { report: CourtReport }) {
  const intl = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  return (
    <FactList
      rows={[
        [t('reports.fact.status'), enumLabel(intl, 'reports.status', report.acknowledgement ? 'acknowledged' : report.status)],
        [t('reports.fact.language'), report.language === 'fr' ? 'Français' : 'English'],
        [t('reports.fact.dueOn'), report.dueOn],
        [t('reports.fact.signed'), report.content.signature ? t('reports.fact.signedBy', { name: report.content.signature.name, date: report.content.signature.signedOn }) : null],
        [
          t('reports.fact.sent'),
          report.deliveries.length
            ? report.deliveries.map((d) => t('reports.fact.delivery', { method: enumLabel(intl, 'reports.delivery', d.method), date: d.deliveredOn, to: d.toAddress ?? 'none' })).join('; ')
            : null,
        ],
        [t('reports.fact.ackDueOn'), report.acknowledgement ? null : report.ackDueOn],
        [
          t('reports.fact.acknowledged'),
          report.acknowledgement
            ? t('reports.fact.ack', { date: report.acknowledgement.acknowledgedOn, method: enumLabel(intl, 'reports.ackMethod', report.acknowledgement.method), by: report.acknowledgement.acknowledgedBy ?? 'none' })
            : null,
        ],
      ]}
    />
  );
}

/**
 * The completion / non-completion report on a completed or discharged participant's page: start
 * it, draft it (observations; concerns for a manager), preview its PDF in English and French, and
 * for a manager sign it, send it by email or record a delivery, and record the acknowledgement.
 */
export function ParticipantReportSection({ participantId }: { participantId: string }) {
  const intl = useIntl();
  const session = useSignedInSession();
  const canSign = hasPermission(session, 'report.sign');
  const query = useApiQuery(`/participants/${participantId}/court-report`, participantReportSchema);
  const [notice, setNotice] = useState<string>();
  const start = useReportWrite(query.reload);
  const state = query.data;
  if (!state?.eligible) return query.error ? <LoadState isLoading={false} error={query.error} onRetry={query.reload} /> : null;
  const report = state.report;
  const done = (saved: CourtReport, message: string) => {
    query.setData({ ...state, report: saved });
    setNotice(message);
  };
  const form = { onDone: done, onStale: query.reload };
  return (
    <section aria-labelledby="court-report-heading">
      <h2 id="court-report-heading">
        <FormattedMessage id={state.kind === 'completion' ? 'reports.section.completion' : 'reports.section.nonCompletion'} />
      </h2>
      <SuccessNotice>{notice}</SuccessNotice>
      {!report ? (
        <>
          <p>
            <FormattedMessage id="reports.section.notStarted" values={{ date: state.dueOn ?? '' }} />
          </p>
          {start.problem && <ErrorSummary problem={start.problem} labels={{}} />}
          <Button
            className="button"
            isDisabled={start.isBusy}
            onPress={() => void start.run('POST', `/participants/${participantId}/court-report`, { language: intl.locale === 'fr-CA' ? 'fr' : 'en' }, (saved) => done(saved, intl.formatMessage({ id: 'reports.section.started' })))}
          >
            <FormattedMessage id="reports.section.start" />
          </Button>
        </>
      ) : (
        <>
          <ReportFacts report={report} />
          <p>
            <a href={reportPdfPath(report.id, 'en')} hrefLang="en-CA">
              <FormattedMessage id={report.status === 'draft' ? 'reports.pdf.previewEnglish' : 'reports.pdf.english'} />
            </a>{' '}
            <a href={reportPdfPath(report.id, 'fr')} hrefLang="fr-CA">
              <FormattedMessage id={report.status === 'draft' ? 'reports.pdf.previewFrench' : 'reports.pdf.french'} />
            </a>
          </p>
          {report.status === 'draft' && <ReportDraftForm key={`draft-${report.version}`} report={report} canChooseConcerns={canSign} {...form} />}
          {report.status === 'draft' && canSign && <ReportSignForm key={`sign-${report.version}`} report={report} {...form} />}
          {report.status === 'signed' && canSign && <ReportSendForm report={report} referralEmail={state.referralEmail} {...form} />}
          {report.status === 'sent' && !report.acknowledgement && canSign && <ReportAckForm report={report} {...form} />}
        </>
      )}
    </section>
  );
}
