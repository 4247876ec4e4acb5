import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { referralDecisionSchema, type ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { formatIsoDate } from '../format/format-iso-date';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';
import { ReasonDialog } from './reason-dialog';

/** Props of {@link ParticipantReferrals}. */
export interface ParticipantReferralsProps {
  file: ParticipantFile;
  /** Given when the user may decide referrals (`referral.write`): accept or return the received ones. */
  write?: CaseWrite | undefined;
}

/**
 * The referral's version is not in the file yet; a referral is decided once, while still at its
 * first version, so that is sent and the server refuses (stale, already decided) otherwise.
 */
const undecidedVersion = 1;

/**
 * The referrals and their court conditions, no-contact orders first and set apart; and only that
 * partner information was passed on (when, how many people), never anything about them.
 */
export function ParticipantReferrals({ file, write }: ParticipantReferralsProps) {
  const intl = useIntl();
  const { api } = useSession();
  const decide = (referralId: string, body: { decision: 'accept' } | { decision: 'return'; reason: string }) =>
    void write?.run(
      `referral-${referralId}`,
      () => api.send('POST', `/referrals/${referralId}/decision`, { ...body, version: undecidedVersion }, referralDecisionSchema),
      body.decision === 'accept' ? 'referral.accepted' : 'referral.returned',
    );
  return (
    <section className="card" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">
        <FormattedMessage id="participant.referrals" />
      </h2>
      {file.referrals.map((referral) => {
        const conditions = [...referral.conditions].sort((a, b) => Number(b.kind === 'no_contact') - Number(a.kind === 'no_contact'));
        const problem = write?.problemOf(`referral-${referral.id}`);
        return (
          <article key={referral.id} className="case-item">
            <h3>
              <FormattedMessage
                id="participant.referral.heading"
                values={{ stream: enumLabel(intl, 'stream', referral.stream), date: formatIsoDate(new Date(referral.receivedAt)) }}
              />
            </h3>
            <dl className="facts">
              <div>
                <dt>
                  <FormattedMessage id="referral.status" />
                </dt>
                <dd>{enumLabel(intl, 'referralStatus', referral.status)}</dd>
              </div>
              <div>
                <dt>
                  <FormattedMessage id="referral.source" />
                </dt>
                <dd>{enumLabel(intl, 'source', referral.source)}</dd>
              </div>
              {referral.courtFileNumber && (
                <div>
                  <dt>
                    <FormattedMessage id="referral.courtFileNumber" />
                  </dt>
                  <dd>{referral.courtFileNumber}</dd>
                </div>
              )}
              {referral.orderDate && (
                <div>
                  <dt>
                    <FormattedMessage id="referral.orderDate" />
                  </dt>
                  <dd>{referral.orderDate}</dd>
                </div>
              )}
              {referral.completeBy && (
                <div>
                  <dt>
                    <FormattedMessage id="referral.completeBy" />
                  </dt>
                  <dd>{referral.completeBy}</dd>
                </div>
              )}
            </dl>
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
                <Button className="button" isDisabled={write.isBusy} onPress={() => decide(referral.id, { decision: 'accept' })}>
                  <FormattedMessage id="referral.accept" />
                </Button>
                <ReasonDialog
                  triggerLabel={intl.formatMessage({ id: 'referral.return' })}
                  title={intl.formatMessage({ id: 'referral.return.title' })}
                  isDisabled={write.isBusy}
                  onConfirm={(reason) => decide(referral.id, { decision: 'return', reason })}
                />
              </div>
            )}
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
