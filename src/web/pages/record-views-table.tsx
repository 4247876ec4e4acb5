import { FormattedMessage } from 'react-intl';
import type { RecordViews } from '../api/record-views';
import { DateTime } from '../components/date-time';

/** Props of {@link RecordViewsTable}. */
export interface RecordViewsTableProps {
  views: RecordViews;
}

/** The most the server returns; a full page means older views exist. */
const limit = 500;

/** Who viewed the record and when, newest first; or a sentence saying nobody has. */
export function RecordViewsTable({ views }: RecordViewsTableProps) {
  if (views.length === 0) {
    return (
      <p>
        <FormattedMessage id="recordViews.none" />
      </p>
    );
  }
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="record-views-caption" tabIndex={0}>
        <table className="table">
          <caption id="record-views-caption">
            <FormattedMessage id="recordViews.caption" values={{ count: views.length }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="recordViews.viewedAt" />
              </th>
              <th scope="col">
                <FormattedMessage id="recordViews.viewer" />
              </th>
            </tr>
          </thead>
          <tbody>
            {views.map((view, index) => (
              <tr key={`${view.viewedAt}-${view.userId ?? 'system'}-${index}`}>
                <td>
                  <DateTime value={new Date(view.viewedAt)} />
                </td>
                <td>{view.displayName ?? <FormattedMessage id="recordViews.unknownViewer" />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {views.length >= limit && (
        <p className="muted">
          <FormattedMessage id="recordViews.limit" values={{ limit }} />
        </p>
      )}
    </>
  );
}
