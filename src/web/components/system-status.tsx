import { FormattedMessage } from 'react-intl';
import type { StatusResponse } from '../api/status-response';
import { DateTime } from './date-time';
import { DatabaseState } from './database-state';

/** Props of {@link SystemStatus}. */
export interface SystemStatusProps {
  status: StatusResponse;
}

/** The system card: database state and engine, version, and when this was checked. */
export function SystemStatus({ status }: SystemStatusProps) {
  const { database } = status;
  const engineId =
    database.dialect === 'pglite'
      ? 'status.engine.pglite'
      : database.dialect === 'postgres'
        ? 'status.engine.postgres'
        : undefined;
  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">
        <FormattedMessage id="status.heading" />
      </h2>
      <dl className="facts">
        <div>
          <dt>
            <FormattedMessage id="status.database" />
          </dt>
          <dd>
            <DatabaseState value={database.status} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="status.engine" />
          </dt>
          <dd>{engineId ? <FormattedMessage id={engineId} /> : database.dialect}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="status.version" />
          </dt>
          <dd>{status.version}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="status.checkedAt" />
          </dt>
          <dd>
            <DateTime value={new Date(status.time)} />
          </dd>
        </div>
      </dl>
      {database.status === 'unavailable' && (
        <p className="notice notice-warning">
          <FormattedMessage id="status.database.unavailableHint" />
        </p>
      )}
    </section>
  );
}
