import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Session } from '../api/session-response';
import type { Locale } from '../i18n/locale';
import { useFocusOnNavigate } from '../routing/use-focus-on-navigate';
import { hasPermission } from '../session/has-permission';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { MfaOffBanner } from './mfa-off-banner';
import { SkipLink } from './skip-link';

/** Props of {@link AppFrame}. */
export interface AppFrameProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  /** Shown under the product name; absent until the status is known or when none is set up. */
  agencyName?: string | undefined;
  /** Server version for the footer; absent until the status is known. */
  version?: string | undefined;
  /** The signed-in session (any stage); undefined when signed out or not known yet. */
  session: Session | undefined;
  onSignOut: () => Promise<void>;
  children: ReactNode;
}

const mainId = 'main';

/**
 * The page frame every screen shares: skip link, banner with the account, navigation (only what
 * the user may open; none for an account without a role), the second-factor warning, main, footer.
 */
export function AppFrame({ locale, onLocaleChange, agencyName, version, session, onSignOut, children }: AppFrameProps) {
  useFocusOnNavigate(mainId);
  const isWorking = session?.stage === 'active' && session.roles.length > 0;
  return (
    <div className="frame">
      <SkipLink targetId={mainId} />
      <header className="frame-header">
        <div className="frame-bar">
          <p className="frame-brand">
            <span className="frame-product">
              <FormattedMessage id="app.productName" />
            </span>
            {agencyName && <span className="frame-agency">{agencyName}</span>}
          </p>
          <div className="frame-tools">
            <LanguageSwitch locale={locale} onChange={onLocaleChange} />
            <AccountMenu session={session} onSignOut={onSignOut} />
          </div>
        </div>
      </header>
      {(!session || isWorking) && <MainNav session={isWorking ? session : undefined} />}
      {session && !session.mfaRequired && (
        <MfaOffBanner canChangeSettings={hasPermission(session, 'setting.manage')} />
      )}
      {/* tabIndex -1 so that the skip link can move focus here. */}
      <main id={mainId} className="frame-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="frame-footer">
        <div className="frame-bar">
          <p>
            <FormattedMessage id="app.footer.confidential" />
          </p>
          {version && (
            <p>
              <FormattedMessage id="app.footer.version" values={{ version }} />
            </p>
          )}
        </div>
      </footer>
    </div>
  );
}
