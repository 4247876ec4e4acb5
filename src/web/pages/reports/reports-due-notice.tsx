import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { reportWorklistSchema } from '../../api/reports';
import { useApiQuery } from '../../api/use-api-query';

/**
 * On a manager's home page: completion reports overdue, or sent and not acknowledged past the
 * follow-up day, with a link to the list. Nothing when none needs attention (or the list cannot be
 * read: the list itself says why).
 */
export function ReportsDueNotice() {
  const worklist = useApiQuery('/court-reports?show=open', reportWorklistSchema);
  const overdue = (worklist.data ?? []).filter((item) => item.isOverdue).length;
  const unacknowledged = (worklist.data ?? []).filter((item) => item.isAckOverdue).length;
  if (overdue + unacknowledged === 0) return null;
  return (
    <div className="notice notice-error" role="region" aria-labelledby="reports-due-title">
      <p className="notice-title" id="reports-due-title">
        <span aria-hidden="true">⚠ </span>
        <FormattedMessage id="reports.home.title" />
      </p>
      {overdue > 0 && (
        <p>
          <FormattedMessage id="reports.home.overdue" values={{ count: overdue }} />
        </p>
      )}
      {unacknowledged > 0 && (
        <p>
          <FormattedMessage id="reports.home.unacknowledged" values={{ count: unacknowledged }} />
        </p>
      )}
      <p>
        <Link to="/reports">
          <FormattedMessage id="reports.home.link" />
        </Link>
      </p>
    </div>
  );
}
