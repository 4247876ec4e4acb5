import en from '../../i18n/ui/en.json';
import fr from '../../i18n/ui/fr.json';
import type { Locale } from './locale';

/** Every message id of the UI catalogues; `en.json` is the reference. */
export type MessageId = keyof typeof en;

// Typed against the English keys so that a key missing from fr.json fails the type check.
const french: Record<MessageId, string> = fr;

/** UI catalogues by locale (ICU message syntax). */
export const messages: Record<Locale, Record<MessageId, string>> = {
  'en-CA': en,
  'fr-CA': french,
};

declare global {
  // Lets TypeScript reject unknown ids in <FormattedMessage id> and intl.formatMessage.
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
    interface IntlConfig {
      locale: Locale;
    }
  }
}
