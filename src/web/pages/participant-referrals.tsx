import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { referralDecisionSchema, type ParticipantFile, type Referral } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import type { MessageId } from '../i18n/messages';
import { formatIsoDate } from '../format/format-iso-date';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';
import { DuplicateDialog } from './duplicate-dialog';
import { ReasonDialog } from './reason-dialog';
import { ReferralDocuments } from './referral-documents';
import { ReferralFacts } from './referral-facts';

/** Props of {@link ParticipantReferrals}. */
export interface ParticipantReferralsProps {
  file: ParticipantFile;
  /** Given when the user may decide referrals and attach documents (`referral.write`). */
  write?: CaseWrite | undefined;
  /** The user may download the referrals' documents (`referral.read`). */
  canDownload: boolean;
}

/** A decision on a received referral, as `POST /referrals/:id/decision` takes it (without the version). */
type Decision = { decision: 'accept' } | { decision: 'return'; reason: string } | { decision: 'duplicate'; duplicateOf: string };

const decided: Record<Decision['decision'], MessageId> = {
  accept: 'referral.accepted',
  return: 'referral.returned',
  duplicate: 'referral.markedDuplicate',
};

/**
 * The referrals: what each says, its court conditions (no-contact orders first and set apart), its
 * documents, and the decision on a received one (accept, return with a reason, or mark as a
 * duplicate of another referral on the file). Of the partners, only that their information was
 * passed on (when, how many people), never anything about them.
 */
export function ParticipantReferrals({ file, write, canDownload }: ParticipantReferralsProps) {
  const intl = useIntl();
  const { api } = useSession();
  // Sent on the version shown: a referral someone else decided meanwhile is refused, not decided twice.
  const decide = (referral: Referral, body: Decision) =>
    void write?.run(
      `referral-${referral.id}`,
      () => api.send('POST', `/referrals/${referral.id}/decision`, { ...body, version: referral.version }, referralDecisionSchema),
      decided[body.decision],
    );
  return (
    <section className="card" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">
        <FormattedMessage id="participant.referrals" />
      </h2>
      {file.referrals.map((referral) => {
        const conditions = [...referral.conditions].sort((a, b) => Number(b.kind === 'no_contact') - Number(a.kind === 'no_contact'));
        // What it may repeat: the file's other referrals, not those already set aside as duplicates.
        const others = file.referrals.filter((other) => other.id !== referral.id && other.status !== 'duplicate');
        const problem = write?.problemOf(`referral-${referral.id}`);
        return (
          <article key={referral.id} className="case-item" aria-labelledby={`referral-${referral.id}-heading`}>
            <h3 id={`referral-${referral.id}-heading`}>
              <FormattedMessage
                id="participant.referral.heading"
                values={{ stream: enumLabel(intl, 'stream', referral.stream), date: formatIsoDate(new Date(referral.receivedAt)) }}
              />
            </h3>
            <ReferralFacts referral={referral} referrals={file.referrals} />
            {conditions.length > 0 && (
              <ul className="plain-list">
                {conditions.map((condition, index) => (
                  <li key={index} className={condition.kind === 'no_contact' ? 'notice notice-warning' : undefined}>
                    <strong>{enumLabel(intl, 'condition', condition.kind)}</strong>
                    {condition.withWhom && (
                      <> — <FormattedMessage id="participant.condition.withWhom" values={{ value: condition.withWhom }} /></>
                    )}
                    {condition.exceptions && (
                      <> — <FormattedMessage id="participant.condition.exceptions" values={{ value: condition.exceptions }} /></>
                    )}
                    {condition.expiresOn && (
                      <> — <FormattedMessage id="participant.condition.expiresOn" values={{ date: condition.expiresOn }} /></>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {problem && <ErrorSummary problem={problem} labels={{}} />}
            {write && referral.status === 'received' && (
              <div className="button-row">
                <Button className="button" isDisabled={write.isBusy} onPress={() => decide(referral, { decision: 'accept' })}>
                  <FormattedMessage id="referral.accept" />
                </Button>
                <ReasonDialog
                  triggerLabel={intl.formatMessage({ id: 'referral.return' })}
                  title={intl.formatMessage({ id: 'referral.return.title' })}
                  isDisabled={write.isBusy}
                  onConfirm={(reason) => decide(referral, { decision: 'return', reason })}
                />
                {others.length > 0 && (
                  <DuplicateDialog
                    referral={referral}
                    others={others}
                    isDisabled={write.isBusy}
                    onConfirm={(duplicateOf) => decide(referral, { decision: 'duplicate', duplicateOf })}
                  />
                )}
              </div>
            )}
            <ReferralDocuments referral={referral} write={write} canDownload={canDownload} />
          </article>
        );
      })}
      {file.partnerHandoffs.map((handoff, index) => (
        <p key={index}>
          <FormattedMessage
            id="participant.partnersPassedOn"
            values={{ date: formatIsoDate(new Date(handoff.passedAt)), count: handoff.partnersCount }}
          />
        </p>
      ))}
    </section>
  );
}
