import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { acknowledgedConcernSchema, concernListSchema, type Concern } from '../../api/concerns';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { problemFromError, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useSession } from '../../session/session-context';

/** Urgent concerns (threats) first, then the most recent. */
function byUrgency(a: Concern, b: Concern): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  return b.recordedAt.localeCompare(a.recordedAt);
}

/**
 * `/concerns`: concerns facilitators raised in session and no manager has acknowledged yet.
 * Urgent ones (threats, already sent to the partner-contact team) come first, set apart by a
 * heading, a marker and words, not by colour alone. Acknowledging one takes it off the list.
 */
export function ConcernsPage() {
  const intl = useIntl();
  const { api } = useSession();
  useDocumentTitle(intl.formatMessage({ id: 'concerns.title' }));
  const concerns = useApiQuery('/concerns?open=true', concernListSchema);
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<FormProblem>();
  const [busyId, setBusyId] = useState<string>();
  const sorted = [...(concerns.data ?? [])].sort(byUrgency);
  const urgent = sorted.filter((concern) => concern.urgent);
  const others = sorted.filter((concern) => !concern.urgent);

  const acknowledge = async (concern: Concern) => {
    if (busyId) return;
    setBusyId(concern.concernId);
    setNotice(undefined);
    try {
      await api.send('POST', `/concerns/${concern.concernId}/acknowledge`, {}, acknowledgedConcernSchema);
      setProblem(undefined);
      setNotice(concern.participantName);
      concerns.reload();
    } catch (error) {
      setProblem(problemFromError(error, intl));
    } finally {
      setBusyId(undefined);
    }
  };

  const table = (rows: readonly Concern[], id: 'urgent' | 'other') => (
    <div className="table-scroll" role="region" aria-labelledby={`concerns-${id}-caption`} tabIndex={0}>
      <table className="table">
        <caption id={`concerns-${id}-caption`}>
          <FormattedMessage id={`concerns.caption.${id}`} values={{ count: rows.length }} />
        </caption>
        <thead>
          <tr>
            {(['participant', 'kind', 'severity', 'session', 'facilitator', 'action'] as const).map((column) => (
              <th key={column} scope="col">
                <FormattedMessage id={`concerns.column.${column}`} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((concern) => (
            <tr key={concern.concernId}>
              <th scope="row">
                {concern.urgent && (
                  <span className="badge badge-error">
                    <span aria-hidden="true">⚠ </span>
                    <FormattedMessage id="concerns.urgent" />
                  </span>
                )}{' '}
                <Link to={`/participants/${concern.participantId}`}>{concern.participantName}</Link>
              </th>
              <td>
                {enumLabel(intl, 'concernKind', concern.kind)}
                {concern.threatTarget && (
                  <>
                    {' '}
                    (<FormattedMessage id="concerns.against" values={{ value: enumLabel(intl, 'threatTarget', concern.threatTarget) }} />)
                  </>
                )}
              </td>
              <td>{enumLabel(intl, 'concernSeverity', concern.severity)}</td>
              <td>
                {concern.groupName}, {concern.sessionDate}
              </td>
              <td>{concern.facilitatorName ?? '—'}</td>
              <td>
                <Button className="button button-secondary" isDisabled={busyId !== undefined} onPress={() => void acknowledge(concern)}>
                  <FormattedMessage id="concerns.acknowledge" values={{ name: concern.participantName }} />
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <h1>
        <FormattedMessage id="concerns.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="concerns.intro" />
      </p>
      <SuccessNotice>{notice && <FormattedMessage id="concerns.acknowledged" values={{ name: notice }} />}</SuccessNotice>
      {problem && <ErrorSummary problem={problem} labels={{}} />}
      <LoadState isLoading={concerns.isLoading && !concerns.data} error={concerns.error} onRetry={concerns.reload} />
      {concerns.data && sorted.length === 0 && (
        <p>
          <FormattedMessage id="concerns.none" />
        </p>
      )}
      {urgent.length > 0 && (
        <section className="notice notice-error" aria-labelledby="concerns-urgent-heading">
          <h2 id="concerns-urgent-heading">
            <span aria-hidden="true">⚠ </span>
            <FormattedMessage id="concerns.urgent.title" values={{ count: urgent.length }} />
          </h2>
          <p>
            <FormattedMessage id="concerns.urgent.intro" />
          </p>
          {table(urgent, 'urgent')}
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="concerns-other-heading">
          <h2 id="concerns-other-heading">
            <FormattedMessage id="concerns.other.title" values={{ count: others.length }} />
          </h2>
          {table(others, 'other')}
        </section>
      )}
    </>
  );
}
