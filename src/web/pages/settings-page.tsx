import { FormattedMessage, useIntl } from 'react-intl';
import { agencySettingsSchema } from '../api/agency-settings';
import { useApiQuery } from '../api/use-api-query';
import { LoadState } from '../components/load-state';
import { useDocumentTitle } from '../i18n/use-document-title';
import { SettingsForm } from './settings-form';

/** `/admin/settings`: the agency's sign-in rules (second factor, session limits), the intake clock and the Partner Contact clocks. */
export function SettingsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'settings.title' }));
  const settings = useApiQuery('/settings', agencySettingsSchema);
  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="settings.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="settings.intro" />
      </p>
      <LoadState isLoading={settings.isLoading && !settings.data} error={settings.error} onRetry={settings.reload} />
      {settings.data && (
        <SettingsForm settings={settings.data} onSaved={settings.setData} onStale={settings.reload} />
      )}
    </div>
  );
}
