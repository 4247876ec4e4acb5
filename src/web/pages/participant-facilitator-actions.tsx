import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { dischargeReasons, transitionResultSchema, type ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { TextInput } from '../components/text-input';
import { problemFromError, problemFromFields } from '../forms/form-problem';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';
import { ReasonDialog } from './reason-dialog';

/** Props of {@link ParticipantFacilitatorActions}. */
export interface ParticipantFacilitatorActionsProps {
  /** An active case with a placement. */
  file: ParticipantFile;
  write: CaseWrite;
}

/**
 * What a facilitator says about a person attending their group: a warning that the case is
 * heading to discharge (a coded reason and the reason in words; the manager decides), and the
 * final check-out (program goals met or not) before the manager signs the completion off.
 */
export function ParticipantFacilitatorActions({ file, write }: ParticipantFacilitatorActionsProps) {
  const intl = useIntl();
  const { api } = useSession();
  const review = file.placement?.completionReview;
  const [outcome, setOutcome] = useState<string>(review?.outcome ?? '');
  const [comments, setComments] = useState('');
  const warnProblem = write.problemOf('pending-discharge');
  const reviewProblem = write.problemOf('completion-review');
  const labels = {
    outcome: intl.formatMessage({ id: 'caseDecision.checkOut.outcome' }),
    comments: intl.formatMessage({ id: 'caseDecision.checkOut.comments' }),
  };

  const warn = (reason: string, reasonCode?: string) =>
    void write.run(
      'pending-discharge',
      () => api.send('POST', `/participants/${file.id}/pending-discharge`, { reasonCode, reason, version: file.version }, transitionResultSchema),
      'caseDecision.warned',
    );

  const onCheckOut = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (write.isBusy) return;
    const missing = problemFromFields({ outcome: outcome ? undefined : intl.formatMessage({ id: 'caseDecision.checkOut.outcome.required' }) }, intl);
    if (missing) return write.refuse('completion-review', missing);
    const body = { outcome, ...(comments.trim() ? { comments: comments.trim() } : {}) };
    void write.run('completion-review', () => api.send('PUT', `/participants/${file.id}/completion-review`, body), 'caseDecision.checkOut.done', (error) =>
      problemFromError(error, intl),
    );
  };

  return (
    <section className="card" aria-labelledby="facilitator-heading">
      <h2 id="facilitator-heading">
        <FormattedMessage id="caseDecision.facilitator.title" />
      </h2>
      <h3 id="warn-heading">
        <FormattedMessage id="caseDecision.warn.title" />
      </h3>
      <p>
        <FormattedMessage id="caseDecision.warn.intro" />
      </p>
      {warnProblem && <ErrorSummary problem={warnProblem} labels={{}} />}
      <div className="button-row">
        <ReasonDialog
          triggerLabel={intl.formatMessage({ id: 'caseDecision.warn' })}
          title={intl.formatMessage({ id: 'caseDecision.warn.dialog' })}
          reasonCodes={dischargeReasons}
          isDisabled={write.isBusy}
          isDanger
          onConfirm={warn}
        />
      </div>
      <h3 id="check-out-heading">
        <FormattedMessage id="caseDecision.checkOut.title" />
      </h3>
      <p>
        <FormattedMessage id="caseDecision.checkOut.intro" />
      </p>
      {reviewProblem && <ErrorSummary problem={reviewProblem} labels={labels} />}
      <form className="form narrow" noValidate aria-labelledby="check-out-heading" onSubmit={onCheckOut}>
        <RadioChoice
          name="outcome"
          label={labels.outcome}
          options={(['met', 'not_met'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `caseDecision.outcome.${value}` }) }))}
          value={outcome}
          onChange={setOutcome}
          error={reviewProblem?.fields.outcome}
        />
        <TextInput
          name="comments"
          label={labels.comments}
          description={intl.formatMessage({ id: 'caseDecision.checkOut.comments.help' })}
          multiline
          value={comments}
          onChange={setComments}
          error={reviewProblem?.fields.comments}
        />
        <Button type="submit" className="button" isDisabled={write.isBusy}>
          <FormattedMessage id={review ? 'caseDecision.checkOut.replace' : 'caseDecision.checkOut.submit'} />
        </Button>
      </form>
    </section>
  );
}
