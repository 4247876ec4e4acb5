import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { myAuditAccessSchema } from '../../api/audit-access';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import type { MessageId } from '../../i18n/messages';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { AuditorGate, NoAuditAccess, useAccessEnded } from './auditor-gate';

/** Where an auditor's grant lets them go besides the sample (each view recorded). */
const places: readonly { to: string; title: MessageId; text: MessageId; permission: 'statistics.read' | 'audit.read' | 'audit.read_views' }[] = [
  { to: '/statistics', title: 'statistics.nav', text: 'auditorHome.place.statistics', permission: 'statistics.read' },
  { to: '/compliance', title: 'auditorHome.place.complianceTitle', text: 'auditorHome.place.compliance', permission: 'statistics.read' },
  { to: '/audit/record-views', title: 'app.nav.recordViews', text: 'auditorHome.place.recordViews', permission: 'audit.read_views' },
];

/**
 * `/my-audit`: a Ministry auditor's home. Without a grant in force, a plain statement that a manager
 * grants access for an audit; with one, what it is for, until when, who granted it, where the
 * auditor may look (statistics, compliance, who viewed records) and the files of the sample.
 */
export function AuditorHomePage() {
  return (
    <AuditorGate>
      <AuditorHome />
    </AuditorGate>
  );
}

function AuditorHome() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'auditorHome.title' }));
  const access = useApiQuery('/audit-access', myAuditAccessSchema);
  if (useAccessEnded(access.error)) return <NoAuditAccess />;
  const data = access.data;
  const open = places.filter((place) => hasPermission(session, place.permission));
  return (
    <>
      <h1>
        <FormattedMessage id="auditorHome.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="auditorHome.intro" values={{ name: session.user.displayName }} />
      </p>
      <p className="notice notice-info">
        <FormattedMessage id="auditorHome.recorded" />
      </p>
      <LoadState isLoading={access.isLoading && !data} error={access.error} onRetry={access.reload} />
      {data && (
        <div className="stack">
          <section className="card" aria-labelledby="grant-heading">
            <h2 id="grant-heading">
              <FormattedMessage id="auditorHome.grant" />
            </h2>
            <FactList
              rows={[
                [intl.formatMessage({ id: 'auditAccess.field.purpose' }), data.purpose],
                [intl.formatMessage({ id: 'auditAccess.period' }), <FormattedMessage id="auditAccess.periodValue" values={{ from: data.startsOn, to: data.endsOn }} />],
                [intl.formatMessage({ id: 'auditorHome.until' }), <DateTime value={new Date(data.endsAt)} timeZone={session.agency.timeZone} />],
                [intl.formatMessage({ id: 'auditAccess.grantedBy' }), data.grantedByName ?? '—'],
              ]}
            />
          </section>
          <section aria-labelledby="places-heading" className="sections">
            <h2 id="places-heading">
              <FormattedMessage id="auditorHome.places" />
            </h2>
            <ul className="section-list">
              {open.map((place) => (
                <li key={place.to} className="section-item">
                  <Link to={place.to} className="section-link">
                    <FormattedMessage id={place.title} />
                  </Link>
                  <p>
                    <FormattedMessage id={place.text} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="sample-heading">
            <h2 id="sample-heading">
              <FormattedMessage id="auditorHome.sample" values={{ count: data.files.length }} />
            </h2>
            <div className="table-scroll" role="region" aria-labelledby="sample-files-caption" tabIndex={0}>
              <table className="table">
                <caption id="sample-files-caption">
                  <FormattedMessage id="auditorHome.sample.caption" values={{ count: data.files.length }} />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="auditAccess.sample.column.file" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="auditAccess.sample.column.caseState" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.files.map((file) => (
                    <tr key={file.participantId}>
                      <th scope="row">
                        <Link to={`/my-audit/files/${file.participantId}`}>{file.name}</Link>
                      </th>
                      <td>{enumLabel(intl, 'caseState', file.caseState)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </>
  );
}
