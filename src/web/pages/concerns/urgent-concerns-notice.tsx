import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { concernListSchema } from '../../api/concerns';
import { useApiQuery } from '../../api/use-api-query';

/**
 * On a manager's home page: how many urgent concerns (threats) are open, and how many in all,
 * with a link to the list (nothing while the count cannot be read: the list itself says why).
 */
export function UrgentConcernsNotice() {
  const concerns = useApiQuery('/concerns?open=true', concernListSchema);
  const urgent = (concerns.data ?? []).filter((concern) => concern.urgent).length;
  const open = concerns.data?.length ?? 0;
  if (!concerns.data) return null;
  return (
    <div className={urgent > 0 ? 'notice notice-error' : 'notice notice-info'} role="region" aria-labelledby="open-concerns-title">
      <p className="notice-title" id="open-concerns-title">
        {urgent > 0 && <span aria-hidden="true">⚠ </span>}
        <FormattedMessage id="concerns.home.urgent" values={{ count: urgent }} />
      </p>
      <p>
        {open > 0 && (
          <>
            <FormattedMessage id="concerns.home.open" values={{ count: open }} />{' '}
          </>
        )}
        <Link to="/concerns">
          <FormattedMessage id="concerns.home.link" />
        </Link>
      </p>
    </div>
  );
}
