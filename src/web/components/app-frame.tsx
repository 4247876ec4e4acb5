import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Locale } from '../i18n/locale';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** Props of {@link AppFrame}. */
export interface AppFrameProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  /** Shown under the product name; absent until the status is known or when none is set up. */
  agencyName?: string | undefined;
  /** Server version for the footer; absent until the status is known. */
  version?: string | undefined;
  children: ReactNode;
}

const mainId = 'main';

/** The page frame every screen shares: skip link, banner, navigation, main, footer. */
export function AppFrame({ locale, onLocaleChange, agencyName, version, children }: AppFrameProps) {
  const intl = useIntl();
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
          <LanguageSwitch locale={locale} onChange={onLocaleChange} />
        </div>
      </header>
      <nav className="frame-nav" aria-label={intl.formatMessage({ id: 'app.nav.label' })}>
        <ul className="frame-bar">
          <li>
            <a href="/" aria-current="page">
              <FormattedMessage id="app.nav.home" />
            </a>
          </li>
        </ul>
      </nav>
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
