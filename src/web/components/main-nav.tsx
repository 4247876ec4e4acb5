import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import type { Permission } from '../../core/access/index.js';
import type { Session } from '../api/session-response';
import type { MessageId } from '../i18n/messages';
import { hasPermission } from '../session/has-permission';

/** Props of {@link MainNav}. */
export interface MainNavProps {
  /** Undefined when signed out: only Home is offered. */
  session: Session | undefined;
}

/** The sections of the app and the permission each needs. */
const sections: readonly { to: string; id: MessageId; permission: Permission }[] = [
  { to: '/my-audit', id: 'auditorHome.nav', permission: 'audit.read_sample' },
  { to: '/intake', id: 'app.nav.intake', permission: 'referral.read' },
  { to: '/referrals/new', id: 'app.nav.newReferral', permission: 'referral.write' },
  { to: '/sessions', id: 'app.nav.sessions', permission: 'group.read' },
  { to: '/waitlist', id: 'app.nav.waitlist', permission: 'group.read' },
  { to: '/groups', id: 'groups.nav', permission: 'group.read' },
  { to: '/concerns', id: 'concerns.nav', permission: 'case.sign_off' },
  { to: '/partner-contact', id: 'partnerContact.nav', permission: 'partner.read' },
  { to: '/partners', id: 'partners.nav', permission: 'partner.read' },
  { to: '/disclosures', id: 'disclosures.nav', permission: 'disclosure.read' },
  { to: '/reports', id: 'reports.nav', permission: 'report.sign' },
  { to: '/audit-access', id: 'auditAccess.nav', permission: 'audit.grant_access' },
  { to: '/resources', id: 'resources.nav', permission: 'resource.read' },
  { to: '/fees', id: 'fees.nav', permission: 'fee.read' },
  // Streams and holidays: all staff may read them (agency.read); the menu offers them to those who set them up.
  { to: '/programs', id: 'streams.nav.program', permission: 'program.manage' },
  { to: '/admin/users', id: 'app.nav.users', permission: 'user.read' },
  { to: '/admin/settings', id: 'app.nav.settings', permission: 'setting.manage' },
  { to: '/statistics', id: 'statistics.nav', permission: 'statistics.read' },
  // The Partner Contact snapshot (/partner-contact/compliance) is linked from /compliance.
  { to: '/compliance', id: 'compliance.nav', permission: 'statistics.read' },
  { to: '/audit/record-views', id: 'app.nav.recordViews', permission: 'audit.read_views' },
];

/**
 * The main navigation: only the sections the user's permissions open, so that nobody is offered
 * a page that would refuse them. NavLink marks the current one with aria-current.
 */
export function MainNav({ session }: MainNavProps) {
  const intl = useIntl();
  const open = session ? sections.filter((section) => hasPermission(session, section.permission)) : [];
  return (
    <nav className="frame-nav" aria-label={intl.formatMessage({ id: 'app.nav.label' })}>
      <ul className="frame-bar">
        <li>
          <NavLink to="/" end>
            <FormattedMessage id="app.nav.home" />
          </NavLink>
        </li>
        {open.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to}>
              <FormattedMessage id={section.id} />
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
