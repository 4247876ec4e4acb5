import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { auditGrantListSchema, grantChoicesSchema, type AuditGrant } from '../../api/audit-access';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { AuditGrantCard } from './audit-grant-card';
import { GrantAccessForm } from './grant-access-form';
import './audit-access.css';

/**
 * `/audit-access` (audit.grant_access): the manager's Ministry auditor access: the grants, newest
 * first, each with its sample and, while in force or to come, a way to end it now; and the form
 * that grants an auditor time-boxed, read-only access to the figures and a chosen sample of files.
 */
export function AuditGrantsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'auditAccess.title' }));
  const grants = useApiQuery('/audit-grants', auditGrantListSchema);
  const choices = useApiQuery('/audit-grants/choices', grantChoicesSchema);
  const [notice, setNotice] = useState<string>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const list = grants.data?.grants ?? [];

  const onGranted = (grant: AuditGrant) => {
    grants.setData({ grants: [grant, ...list.filter((other) => other.id !== grant.id)] });
    setNotice(intl.formatMessage({ id: 'auditAccess.granted' }, { name: grant.auditor.displayName, from: grant.startsOn, to: grant.endsOn, count: grant.files.length }));
    listHeading.current?.focus();
  };
  const onChanged = (grant: AuditGrant) => {
    grants.setData({ grants: list.map((other) => (other.id === grant.id ? grant : other)) });
    setNotice(intl.formatMessage({ id: 'auditAccess.ended' }, { name: grant.auditor.displayName }));
  };

  return (
    <>
      <h1>
        <FormattedMessage id="auditAccess.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="auditAccess.intro" />
      </p>
      <SuccessNotice>{notice}</SuccessNotice>
      <div className="stack">
        <section aria-labelledby="grants-heading" className="stack">
          <h2 id="grants-heading" ref={listHeading} tabIndex={-1}>
            <FormattedMessage id="auditAccess.grants" values={{ count: list.length }} />
          </h2>
          <LoadState isLoading={grants.isLoading && !grants.data} error={grants.error} onRetry={grants.reload} />
          {grants.data && list.length === 0 && (
            <p>
              <FormattedMessage id="auditAccess.none" />
            </p>
          )}
          {list.map((grant) => (
            <AuditGrantCard key={grant.id} grant={grant} onChanged={onChanged} onStale={grants.reload} />
          ))}
        </section>
        <section aria-labelledby="grant-heading" className="card">
          <h2 id="grant-heading">
            <FormattedMessage id="auditAccess.grant" />
          </h2>
          <p>
            <FormattedMessage id="auditAccess.grantIntro" />
          </p>
          <LoadState isLoading={choices.isLoading && !choices.data} error={choices.error} onRetry={choices.reload} />
          {choices.data && <GrantAccessForm choices={choices.data} onGranted={onGranted} />}
        </section>
      </div>
    </>
  );
}
