import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ParticipantFile } from '../api/participant-file';
import { DateTime } from '../components/date-time';
import { StandingBadge } from '../components/standing-badge';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link ParticipantGroup}. */
export interface ParticipantGroupProps {
  /** A file with a placement. */
  placement: NonNullable<ParticipantFile['placement']>;
  /** Names the group as a link to its page (false for a reader who may not open groups: an auditor). */
  linkGroup?: boolean;
}

/**
 * The group the person is placed in now: since when and from which session, sessions credited
 * against those required, the standing in words, the anticipated completion date, and the
 * facilitator's final check-out once recorded.
 */
export function ParticipantGroup({ placement, linkGroup = true }: ParticipantGroupProps) {
  const intl = useIntl();
  const review = placement.completionReview;
  return (
    <section className="card" aria-labelledby="group-heading">
      <h2 id="group-heading">
        <FormattedMessage id="placement.group.title" />
      </h2>
      <dl className="facts">
        <div>
          <dt>
            <FormattedMessage id="placement.group.name" />
          </dt>
          <dd>
            {linkGroup ? <Link to={`/groups/${placement.groupId}`}>{placement.groupName}</Link> : placement.groupName}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="placement.group.since" />
          </dt>
          <dd>
            <DateTime value={new Date(placement.enrolledAt)} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="placement.group.firstSession" />
          </dt>
          <dd>
            <FormattedMessage id="placement.group.sessionNumber" values={{ number: placement.firstSessionNumber }} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="placement.group.credit" />
          </dt>
          <dd>
            <FormattedMessage id="placement.group.creditValue" values={{ count: placement.creditedSessions, max: placement.sessionsRequired }} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="placement.group.standing" />
          </dt>
          <dd>
            <StandingBadge standing={placement.standing} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="placement.group.anticipated" />
          </dt>
          <dd>{placement.anticipatedCompletionDate ?? <FormattedMessage id="placement.group.anticipatedUnknown" />}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="placement.group.checkOut" />
          </dt>
          <dd>
            {review ? (
              <FormattedMessage
                id="placement.group.checkOutValue"
                values={{ value: enumLabel(intl, 'caseDecision.outcome', review.outcome), date: review.reviewedAt.slice(0, 10) }}
              />
            ) : (
              <FormattedMessage id="placement.group.checkOutNone" />
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
