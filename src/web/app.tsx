import { IntlProvider } from 'react-intl';
import { BrowserRouter } from 'react-router';
import { useStatus } from './api/use-status';
import { AppFrame } from './components/app-frame';
import { localName } from './format/local-name';
import { messages } from './i18n/messages';
import { useLocale } from './i18n/use-locale';
import { AppRoutes } from './routing/app-routes';
import { SessionProvider } from './session/session-provider';
import { useSession } from './session/session-context';
import type { Locale } from './i18n/locale';
import type { StatusState } from './api/use-status';

/** Props of {@link Shell}. */
interface ShellProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  status: StatusState;
  onRetryStatus: () => void;
}

/** The frame around the routes, fed by the session: the account, its navigation and warnings. */
function Shell({ locale, onLocaleChange, status, onRetryStatus }: ShellProps) {
  const { state, signOut } = useSession();
  const session = state.status === 'signed-in' ? state.session : undefined;
  // A signed-in user's agency is theirs; a visitor sees the one the installation presents.
  const agency = session?.agency ?? status.data?.agency;
  return (
    <AppFrame
      locale={locale}
      onLocaleChange={onLocaleChange}
      agencyName={agency ? localName(agency, locale) : undefined}
      version={status.data?.version}
      session={session}
      onSignOut={signOut}
    >
      <AppRoutes status={status} onRetryStatus={onRetryStatus} />
    </AppFrame>
  );
}

/** The PARS web app: language, router, session, and the pages. */
export function App() {
  const [locale, setLocale] = useLocale();
  const { retry, ...status } = useStatus(locale);
  return (
    <IntlProvider locale={locale} messages={messages[locale]} defaultLocale="en-CA">
      <BrowserRouter>
        <SessionProvider locale={locale}>
          <Shell locale={locale} onLocaleChange={setLocale} status={status} onRetryStatus={retry} />
        </SessionProvider>
      </BrowserRouter>
    </IntlProvider>
  );
}
