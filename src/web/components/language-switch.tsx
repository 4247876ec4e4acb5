import type { Key } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { toLocale, type Locale } from '../i18n/locale';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  locale: Locale;
  onChange: (locale: Locale) => void;
}

/**
 * English / Français toggle. Each label is written in its own language and marked with
 * `lang`, so that a screen reader reads "Français" in French even on the English page.
 */
export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const intl = useIntl();
  const onSelectionChange = (keys: Set<Key>) => {
    const [key] = keys;
    const next = toLocale(typeof key === 'string' ? key : null);
    if (next && next !== locale) onChange(next);
  };
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={intl.formatMessage({ id: 'app.language.label' })}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[locale]}
      onSelectionChange={onSelectionChange}
    >
      <ToggleButton id="en-CA" lang="en-CA" className="language-switch-option">
        {intl.formatMessage({ id: 'app.language.en' })}
      </ToggleButton>
      <ToggleButton id="fr-CA" lang="fr-CA" className="language-switch-option">
        {intl.formatMessage({ id: 'app.language.fr' })}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
