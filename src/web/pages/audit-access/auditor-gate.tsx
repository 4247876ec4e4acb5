import { useEffect, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ApiError } from '../../api/api-error';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useSession, useSignedInSession } from '../../session/session-context';
import { NotAllowedPage } from '../not-allowed-page';

/** Said to an auditor when no grant is in force: not an error, simply how auditor access works. */
export function NoAuditAccess() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'auditorHome.title' }));
  return (
    <>
      <h1>
        <FormattedMessage id="auditorHome.title" />
      </h1>
      <p className="notice notice-info">
        <FormattedMessage id="auditorHome.noAccess" />
      </p>
    </>
  );
}

/**
 * The auditor's pages: for an auditor account only; while no grant is in force, says so instead
 * of the page. The session is read once; a grant a manager ended meanwhile shows as the server's
 * refusal (403) of the page's data, on which the session is read again ({@link useAccessEnded}).
 */
export function AuditorGate({ children }: { children: ReactNode }) {
  const session = useSignedInSession();
  if (!session.roles.includes('auditor')) return <NotAllowedPage />;
  if (!session.auditAccess) return <NoAuditAccess />;
  return <>{children}</>;
}

/** When the server refuses the auditor's read (the grant ended or expired), reads the session again. */
export function useAccessEnded(error: ApiError | undefined): boolean {
  const { refresh } = useSession();
  const isEnded = error?.status === 403;
  useEffect(() => {
    if (isEnded) void refresh().catch(() => undefined);
  }, [isEnded, refresh]);
  return isEnded;
}
