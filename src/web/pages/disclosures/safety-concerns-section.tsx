import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { safetyConcernsSchema } from '../../api/disclosures';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { enumLabel } from '../../i18n/enum-label';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';

/**
 * The safety concerns disclosures attached to a participant's case (for the completion report):
 * a kind and a day each, never what the partner said. The list is for those who approve
 * disclosures (`showConcerns`); whoever may raise a disclosure (a facilitator) gets the link.
 */
export function SafetyConcernsSection({ participantId, showConcerns }: { participantId: string; showConcerns: boolean }) {
  const intl = useIntl();
  const session = useSignedInSession();
  const query = useApiQuery(showConcerns ? `/participants/${participantId}/safety-concerns` : null, safetyConcernsSchema);
  return (
    <section aria-labelledby="safety-concerns-heading">
      <h2 id="safety-concerns-heading">
        <FormattedMessage id="disclosures.concerns.title" />
      </h2>
      {showConcerns && <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />}
      {query.data &&
        (query.data.length === 0 ? (
          <p>
            <FormattedMessage id="disclosures.concerns.none" />
          </p>
        ) : (
          <ul className="plain-list">
            {query.data.map((concern, index) => (
              <li key={index}>
                <FormattedMessage id="disclosures.concerns.item" values={{ date: concern.occurredOn, kind: enumLabel(intl, 'disclosures.concern', concern.category) }} />
              </li>
            ))}
          </ul>
        ))}
      {hasPermission(session, 'disclosure.create') && (
        <p>
          <Link to={`/disclosures/new?participantId=${participantId}`}>
            <FormattedMessage id="disclosures.concerns.record" />
          </Link>
        </p>
      )}
    </section>
  );
}
