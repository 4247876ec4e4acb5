import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { auditGrantSchema, type AuditGrant, type GrantStatus } from '../../api/audit-access';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DateTime } from '../../components/date-time';
import { FactList } from '../../components/fact-list';
import { enumLabel } from '../../i18n/enum-label';
import { useSession } from '../../session/session-context';

const statusBadge: Record<GrantStatus, string> = {
  scheduled: 'badge badge-unknown',
  active: 'badge badge-ok',
  expired: 'badge',
  ended: 'badge',
};

/** Props of {@link AuditGrantCard}. */
export interface AuditGrantCardProps {
  grant: AuditGrant;
  onChanged: (grant: AuditGrant) => void;
  /** Someone else changed the grant: the list is read again. */
  onStale: () => void;
}

/**
 * One grant: the auditor, its state in words, why, the days it covers, who granted (and ended)
 * it, the sample (folded, each file a link), and, while it is in force or to come, "End access now"
 * after a confirmation, on the version shown.
 */
export function AuditGrantCard({ grant, onChanged, onStale }: AuditGrantCardProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [refusal, setRefusal] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const headingId = `grant-${grant.id}-heading`;
  const canEnd = grant.status === 'active' || grant.status === 'scheduled';

  const end = async () => {
    setBusy(true);
    try {
      const ended = await api.send('POST', `/audit-grants/${grant.id}/end`, { version: grant.version }, auditGrantSchema);
      setRefusal(undefined);
      onChanged(ended);
    } catch (error) {
      const apiError = ApiError.from(error);
      setRefusal(apiError.detail ?? intl.formatMessage({ id: apiError.kind === 'network' ? 'error.network' : 'error.invalid' }));
      if (apiError.status === 409 || apiError.status === 422) onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {grant.auditor.displayName}{' '}
        <span className={statusBadge[grant.status]}>{enumLabel(intl, 'auditAccess.status', grant.status)}</span>
      </h3>
      <FactList
        rows={[
          [intl.formatMessage({ id: 'auditAccess.field.purpose' }), grant.purpose],
          [intl.formatMessage({ id: 'auditAccess.period' }), <FormattedMessage id="auditAccess.periodValue" values={{ from: grant.startsOn, to: grant.endsOn }} />],
          [intl.formatMessage({ id: 'auditAccess.grantedBy' }), <>{grant.grantedByName ?? '—'}, <DateTime value={new Date(grant.grantedAt)} /></>],
          [intl.formatMessage({ id: 'auditAccess.endedBy' }), grant.endedAt && <>{grant.endedByName ?? '—'}, <DateTime value={new Date(grant.endedAt)} /></>],
          [intl.formatMessage({ id: 'auditAccess.files' }), String(grant.files.length)],
        ]}
      />
      <details className="grant-sample">
        <summary>
          <FormattedMessage id="auditAccess.showSample" values={{ count: grant.files.length }} />
        </summary>
        <ul className="plain-list">
          {grant.files.map((file) => (
            <li key={file.participantId}>
              <Link to={`/participants/${file.participantId}`}>{file.name}</Link> — {enumLabel(intl, 'caseState', file.caseState)}
            </li>
          ))}
        </ul>
      </details>
      {refusal && (
        <p className="notice notice-error" role="alert">
          {refusal}
        </p>
      )}
      {canEnd && (
        <div className="button-row">
          <ConfirmDialog
            triggerLabel={intl.formatMessage({ id: 'auditAccess.end' })}
            title={intl.formatMessage({ id: 'auditAccess.end.title' }, { name: grant.auditor.displayName })}
            body={intl.formatMessage({ id: 'auditAccess.end.body' })}
            confirmLabel={intl.formatMessage({ id: 'auditAccess.end.confirm' })}
            onConfirm={() => void end()}
            isDisabled={isBusy}
            isDanger
          />
        </div>
      )}
    </article>
  );
}
