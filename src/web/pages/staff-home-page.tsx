import { FormattedMessage, useIntl } from 'react-intl';
import { permissions, type Permission } from '../../core/access/index.js';
import { RoleNames } from '../components/role-names';
import { localName } from '../format/local-name';
import { useDocumentTitle } from '../i18n/use-document-title';
import { useSignedInSession } from '../session/session-context';
import { hasPermission } from '../session/has-permission';
import { UrgentConcernsNotice } from './concerns/urgent-concerns-notice';
import { ReportsDueNotice } from './reports/reports-due-notice';
import { StaffSections } from './staff-sections';

/** True for a permission this app knows (the server may hold newer ones). */
function isKnown(permission: string): permission is Permission {
  return Object.hasOwn(permissions, permission);
}

/** Home for a signed-in staff member: who they are, their roles, and where they can go. */
export function StaffHomePage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'staffHome.title' }));
  const language = intl.locale === 'fr-CA' ? 'fr' : 'en';
  const allowed = session.permissions.filter(isKnown);
  return (
    <>
      <h1>
        <FormattedMessage id="staffHome.greeting" values={{ name: session.user.displayName }} />
      </h1>
      <p className="intro">
        <FormattedMessage id="staffHome.intro" values={{ agency: localName(session.agency, intl.locale) }} />
      </p>
      {hasPermission(session, 'case.sign_off') && <UrgentConcernsNotice />}
      {hasPermission(session, 'report.sign') && <ReportsDueNotice />}
      <StaffSections session={session} />
      <div className="cards">
        <section className="card" aria-labelledby="roles-heading">
          <h2 id="roles-heading">
            <FormattedMessage id="staffHome.roles" values={{ count: session.roles.length }} />
          </h2>
          <p className="agency-name">
            <RoleNames roles={session.roles} />
          </p>
          <h3>
            <FormattedMessage id="staffHome.allows" />
          </h3>
          <ul className="plain-list">
            {allowed.map((permission) => (
              <li key={permission}>{permissions[permission][language]}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
