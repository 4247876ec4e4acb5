import { FormattedMessage, useIntl } from 'react-intl';
import type { ParticipantFile } from '../api/participant-file';
import { formatIsoDate } from '../format/format-iso-date';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link ParticipantReferrals}. */
export interface ParticipantReferralsProps {
  file: ParticipantFile;
}

/**
 * The referrals and their court conditions, no-contact orders first and set apart; and only that
 * partner information was passed on (when, how many people), never anything about them.
 */
export function ParticipantReferrals({ file }: ParticipantReferralsProps) {
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">
        <FormattedMessage id="participant.referrals" />
      </h2>
      {file.referrals.map((referral) => {
        const conditions = [...referral.conditions].sort((a, b) => Number(b.kind === 'no_contact') - Number(a.kind === 'no_contact'));
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
