import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';

/** Props of {@link MfaOffBanner}. */
export interface MfaOffBannerProps {
  /** Whether the reader can change it (an administrator): then the banner links to the setting. */
  canChangeSettings: boolean;
}

/**
 * The warning every page shows while the agency lets staff sign in with a password alone: a
 * labelled region with a symbol and the word "Warning", so that colour is not the only cue.
 */
export function MfaOffBanner({ canChangeSettings }: MfaOffBannerProps) {
  const intl = useIntl();
  return (
    <section className="mfa-banner" aria-label={intl.formatMessage({ id: 'mfaBanner.label' })}>
      <p className="frame-bar">
        <span aria-hidden="true">⚠ </span>
        <strong>
          <FormattedMessage id="mfaBanner.warning" />
        </strong>{' '}
        <FormattedMessage id="mfaBanner.text" />{' '}
        {canChangeSettings ? (
          <Link to="/admin/settings">
            <FormattedMessage id="mfaBanner.settingsLink" />
          </Link>
        ) : (
          <FormattedMessage id="mfaBanner.askAdmin" />
        )}
      </p>
    </section>
  );
}
