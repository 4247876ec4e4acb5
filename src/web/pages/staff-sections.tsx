import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { Permission } from '../../core/access/index.js';
import type { Session } from '../api/session-response';
import type { MessageId } from '../i18n/messages';
import { hasPermission } from '../session/has-permission';

/** Props of {@link StaffSections}. */
export interface StaffSectionsProps {
  session: Session;
}

interface Section {
  to: string;
  title: MessageId;
  text: MessageId;
  /** Shown when the session holds it; always when absent. */
  permission?: Permission;
  /** Shown only while the user has no authenticator app. */
  needsNoSecondFactor?: boolean;
}

const sections: readonly Section[] = [
  { to: '/sessions', title: 'app.nav.sessions', text: 'staffHome.section.sessions', permission: 'group.read' },
  { to: '/concerns', title: 'concerns.nav', text: 'concerns.section', permission: 'case.sign_off' },
  { to: '/groups', title: 'groups.nav', text: 'groups.section', permission: 'group.read' },
  { to: '/programs/streams', title: 'streams.nav.program', text: 'streams.section', permission: 'program.manage' },
  { to: '/admin/users', title: 'app.nav.users', text: 'staffHome.section.users', permission: 'user.read' },
  { to: '/admin/settings', title: 'app.nav.settings', text: 'staffHome.section.settings', permission: 'setting.manage' },
  { to: '/audit/record-views', title: 'app.nav.recordViews', text: 'staffHome.section.recordViews', permission: 'audit.read_views' },
  { to: '/account/password', title: 'app.account.password', text: 'staffHome.section.password' },
  { to: '/sign-in/enrol', title: 'staffHome.section.enrolTitle', text: 'staffHome.section.enrol', needsNoSecondFactor: true },
];

/** The sections the user's permissions open, each with a line on what it is for. */
export function StaffSections({ session }: StaffSectionsProps) {
  const open = sections.filter(
    (section) =>
      (!section.permission || hasPermission(session, section.permission)) &&
      (!section.needsNoSecondFactor || !session.hasSecondFactor),
  );
  return (
    <section aria-labelledby="sections-heading" className="sections">
      <h2 id="sections-heading">
        <FormattedMessage id="staffHome.sections" />
      </h2>
      <ul className="section-list">
        {open.map((section) => (
          <li key={section.to} className="section-item">
            <Link to={section.to} className="section-link">
              <FormattedMessage id={section.title} />
            </Link>
            <p>
              <FormattedMessage id={section.text} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
