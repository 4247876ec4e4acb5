import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { codedTransitions, dischargeReasons, transitionResultSchema, type ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';
import { ReasonDialog } from './reason-dialog';

/** Props of {@link CaseDecisions}. */
export interface CaseDecisionsProps {
  file: ParticipantFile;
  write: CaseWrite;
}

/** Steps taken through their own forms (booking, assessment), not as a bare decision. */
const byForm = ['book_intake', 'rebook_intake', 'record_assessment'];
/** Decisions the rules only allow with a reason, asked in a dialog (a pending discharge and a discharge with a coded one too). */
const needReason = ['find_unsuitable', 'return_to_waitlist', 'warn_pending_discharge', 'revoke_pending_discharge', 'discharge', 'withdraw', 'transfer'];
/** Decisions that close the case. */
const closing = ['find_unsuitable', 'discharge', 'withdraw', 'transfer'];

/** A button for each decision the case allows now; the server says why one is refused (consents missing, say). */
export function CaseDecisions({ file, write }: CaseDecisionsProps) {
  const intl = useIntl();
  const { api } = useSession();
  const decisions = file.availableTransitions.filter((transition) => !byForm.includes(transition));
  const problem = write.problemOf('decision');
  if (decisions.length === 0) return null;

  const decide = (transition: string, reason?: string, reasonCode?: string) =>
    void write.run(
      'decision',
      () => api.send('POST', `/participants/${file.id}/transitions`, { transition, reason, reasonCode, version: file.version }, transitionResultSchema),
      'decision.done',
    );

  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">
        <FormattedMessage id="decision.title" />
      </h2>
      {problem && <ErrorSummary problem={problem} labels={{}} />}
      <div className="button-row">
        {decisions.map((transition) => {
          const label = enumLabel(intl, 'transition', transition);
          return needReason.includes(transition) ? (
            <ReasonDialog
              key={transition}
              triggerLabel={label}
              title={intl.formatMessage({ id: 'decision.reason.title' }, { decision: label })}
              isDisabled={write.isBusy}
              isDanger={closing.includes(transition)}
              reasonCodes={codedTransitions.includes(transition) ? dischargeReasons : undefined}
              onConfirm={(reason, reasonCode) => decide(transition, reason, reasonCode)}
            />
          ) : (
            <Button key={transition} className="button" isDisabled={write.isBusy} onPress={() => decide(transition)}>
              {label}
            </Button>
          );
        })}
      </div>
    </section>
  );
}
