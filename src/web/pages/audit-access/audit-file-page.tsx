import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { sampleFileSchema } from '../../api/audit-access';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ParticipantGroup } from '../participant-group';
import { ParticipantIntakeRecord } from '../participant-intake-record';
import { ParticipantReferrals } from '../participant-referrals';
import { ParticipantSummary } from '../participant-summary';
import { AuditAttendance, AuditReports } from './audit-file-sections';
import { AuditPartnerContact } from './audit-partner-contact';
import { AuditorGate, NoAuditAccess, useAccessEnded } from './auditor-gate';

/**
 * `/my-audit/files/:participantId`: a sampled file as a Ministry auditor reads it, read-only: the
 * person, the group and standing, referrals, intake and the case's history, attendance, the
 * completion reports' progress, and Partner Contact de-identified ("Partner 1"). The file's own
 * sections are shown without their actions; no button here changes anything. A file outside the
 * sample does not exist for the auditor (404).
 */
export function AuditFilePage() {
  return (
    <AuditorGate>
      <AuditFile />
    </AuditorGate>
  );
}

function AuditFile() {
  const intl = useIntl();
  const { participantId } = useParams();
  const sample = useApiQuery(`/audit-access/files/${participantId ?? ''}`, sampleFileSchema);
  const data = sample.data;
  const name = data ? `${data.file.givenName} ${data.file.familyName}` : undefined;
  const isMissing = sample.error?.status === 404;
  useDocumentTitle(name ?? intl.formatMessage({ id: isMissing ? 'auditFile.notFound' : 'auditFile.title' }));
  if (useAccessEnded(sample.error)) return <NoAuditAccess />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/my-audit">
          <FormattedMessage id="auditFile.back" />
        </Link>
      </p>
      <h1>{name ?? <FormattedMessage id={isMissing ? 'auditFile.notFound' : 'auditFile.title'} />}</h1>
      {isMissing ? (
        <p className="intro">
          <FormattedMessage id="auditFile.notFoundText" />
        </p>
      ) : (
        <LoadState isLoading={sample.isLoading && !data} error={sample.error} onRetry={sample.reload} />
      )}
      {data && (
        <div className="stack">
          <p className="notice notice-info" role="note">
            <strong>
              <FormattedMessage id="auditFile.readOnly" />
            </strong>{' '}
            <FormattedMessage id="auditFile.recorded" />
          </p>
          <ParticipantSummary file={data.file} />
          {data.file.placement && <ParticipantGroup placement={data.file.placement} linkGroup={false} />}
          <ParticipantReferrals file={data.file} canDownload={false} />
          <ParticipantIntakeRecord file={data.file} />
          <AuditAttendance attendance={data.attendance} />
          <AuditReports reports={data.reports} />
          <AuditPartnerContact partners={data.partnerContact} />
        </div>
      )}
    </>
  );
}
