import { IntlProvider } from 'react-intl';
import { useStatus } from './api/use-status';
import { localName } from './format/local-name';
import { AppFrame } from './components/app-frame';
import { messages } from './i18n/messages';
import { useLocale } from './i18n/use-locale';
import { HomePage } from './pages/home-page';

/** The PARS web app: language, system status, and the one page there is so far. */
export function App() {
  const [locale, setLocale] = useLocale();
  const { retry, ...status } = useStatus(locale);
  const agency = status.data?.agency;
  return (
    <IntlProvider locale={locale} messages={messages[locale]} defaultLocale="en-CA">
      <AppFrame
        locale={locale}
        onLocaleChange={setLocale}
        agencyName={agency ? localName(agency, locale) : undefined}
        version={status.data?.version}
      >
        <HomePage status={status} onRetry={retry} />
      </AppFrame>
    </IntlProvider>
  );
}
