import { useCallback, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { participantFileSchema } from '../api/participant-file';
import { useApiQuery } from '../api/use-api-query';
import { LoadState } from '../components/load-state';
import { SuccessNotice } from '../components/success-notice';
import { problemFromError, type FormProblem } from '../forms/form-problem';
import type { MessageId } from '../i18n/messages';
import { useDocumentTitle } from '../i18n/use-document-title';
import { hasPermission } from '../session/has-permission';
import { useSignedInSession } from '../session/session-context';
import { AssessmentForm } from './assessment-form';
import { BookIntakeForm } from './book-intake-form';
import type { CasePanel, CaseWrite } from './case-write';
import { CaseDecisions } from './case-decisions';
import { ConsentForms } from './consent-forms';
import { ParticipantFeesSection } from './fees/participant-fees-section';
import { ParticipantFacilitatorActions } from './participant-facilitator-actions';
import { ParticipantGroup } from './participant-group';
import { ParticipantIncome } from './participant-income';
import { ParticipantIntakeRecord } from './participant-intake-record';
import { ParticipantPlacement } from './participant-placement';
import { GiveResourceToParticipant } from './resources/give-resource';
import { SafetyConcernsSection } from './disclosures/safety-concerns-section';
import { ParticipantReportSection } from './reports/participant-report-section';
import { ReferralNoticesSection } from './reports/referral-notices-section';
import { ParticipantReferrals } from './participant-referrals';
import { ParticipantSummary } from './participant-summary';

/**
 * `/participants/:participantId`: a participant's file (identity, group, referrals, intake,
 * consents, history) and the steps the case allows now: intake's, placing a waitlisted person in a
 * group (group.manage), the facilitator's warning and check-out (attendance.record), and decisions. Nothing about partners
 * shows here but that their information was passed on.
 */
export function ParticipantPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { participantId } = useParams();
  const location = useLocation();
  const file = useApiQuery(`/participants/${participantId ?? ''}`, participantFileSchema);
  const initial = (location.state as { notice?: MessageId } | null)?.notice;
  const [notice, setNotice] = useState<MessageId | undefined>(initial);
  const [problem, setProblem] = useState<{ panel: CasePanel; problem: FormProblem }>();
  const [isBusy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const data = file.data;
  const name = data ? `${data.givenName} ${data.familyName}` : undefined;
  useDocumentTitle(name ?? intl.formatMessage({ id: 'participant.title' }));
  const { reload } = file;

  const run = useCallback<CaseWrite['run']>(
    async (panel, send, done, toProblem) => {
      setBusy(true);
      try {
        await send();
        setProblem(undefined);
        setNotice(done);
        reload();
        heading.current?.focus();
        return true;
      } catch (error) {
        setNotice(undefined);
        setProblem({ panel, problem: toProblem ? toProblem(error) : problemFromError(error, intl) });
        // Someone else changed the file: show theirs, so that the step can be taken again on it.
        if (error instanceof ApiError && error.status === 409) reload();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [intl, reload],
  );
  const write: CaseWrite = {
    run,
    refuse: (panel, found) => {
      setNotice(undefined);
      setProblem({ panel, problem: found });
    },
    problemOf: (panel) => (problem?.panel === panel ? problem.problem : undefined),
    isBusy,
  };
  const canWrite = hasPermission(session, 'participant.write');

  return (
    <>
      {hasPermission(session, 'referral.read') && (
        <p className="breadcrumb">
          <Link to="/intake">
            <FormattedMessage id="participant.back" />
          </Link>
        </p>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {name ?? <FormattedMessage id={file.error?.status === 404 ? 'participant.notFound' : 'participant.title'} />}
      </h1>
      <LoadState isLoading={file.isLoading && !data} error={file.error} onRetry={file.reload} />
      <SuccessNotice>{notice && <FormattedMessage id={notice} />}</SuccessNotice>
      {data && (
        <div className="stack">
          <ParticipantSummary file={data} write={canWrite ? write : undefined} />
          {data.placement && <ParticipantGroup placement={data.placement} />}
          {data.caseState === 'waitlisted' && hasPermission(session, 'group.manage') && (
            <ParticipantPlacement key={`placement-${data.version}`} file={data} write={write} />
          )}
          {data.caseState === 'active' && data.placement && hasPermission(session, 'attendance.record') && (
            <ParticipantFacilitatorActions key={`facilitator-${data.version}`} file={data} write={write} />
          )}
          <ParticipantReferrals
            file={data}
            write={hasPermission(session, 'referral.write') ? write : undefined}
            canDownload={hasPermission(session, 'referral.read')}
          />
          <ParticipantIntakeRecord file={data} />
          {hasPermission(session, 'resource.refer') && <GiveResourceToParticipant participantId={data.id} />}
          {hasPermission(session, 'disclosure.create') && <SafetyConcernsSection participantId={data.id} showConcerns={hasPermission(session, 'disclosure.approve')} />}
          {(data.caseState === 'completed' || data.caseState === 'discharged') && hasPermission(session, 'report.draft') && (
            <ParticipantReportSection key={`report-${data.version}`} participantId={data.id} />
          )}
          {['enrolled', 'active', 'pending_discharge'].includes(data.caseState) && hasPermission(session, 'report.sign') && (
            <ReferralNoticesSection key={`notices-${data.version}`} participantId={data.id} caseState={data.caseState} />
          )}
          {data.placement && (
            <p>
              <Link to={`/participants/${data.id}/workbook`}>
                <FormattedMessage id="participant.workbookLink" />
              </Link>
            </p>
          )}
          {hasPermission(session, 'income.read') && (
            <ParticipantIncome file={data} write={write} canWrite={hasPermission(session, 'income.write')} />
          )}
          {hasPermission(session, 'fee.read') && <ParticipantFeesSection participantId={data.id} participantName={`${data.givenName} ${data.familyName}`} />}
          {canWrite && (
            <>
              {/* Booking and assessment are offered by state: the rules only list them once their record exists. */}
              {(data.caseState === 'referred' || data.caseState === 'intake_booked') && (
                <BookIntakeForm key={`book-${data.version}`} file={data} write={write} />
              )}
              {data.caseState === 'intake_booked' && <AssessmentForm key={`assess-${data.version}`} file={data} write={write} />}
              <ConsentForms key={`consents-${data.version}`} file={data} write={write} />
              <CaseDecisions file={data} write={write} />
            </>
          )}
        </div>
      )}
    </>
  );
}
