import { type MessageValues, translate } from '../../i18n/translate.js';
import type { Locale } from '../shared/locale.js';

/** The words of a pack in one language: catalogue messages (src/i18n/packs), dates and money. */
export interface PackText {
  locale: Locale;
  /** A message of src/i18n/packs (`pack.` keys), formatted. */
  t(key: string, values?: MessageValues): string;
  /** A day as the catalogues write dates (YYYY-MM-DD), in the given time zone. */
  day(instant: Date, timeZone: string): string;
  /** Dollars from cents (`$125`, `125 $`), without cents when there are none. */
  money(cents: number): string;
}

/** The pack texts of one language. */
export function packText(locale: Locale): PackText {
  return {
    locale,
    t: (key, values) => translate(locale, key, values),
    // en-CA formats dates as YYYY-MM-DD, in both languages, as every PARS screen does.
    day: (instant, timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant),
    money: (cents) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol', minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100),
  };
}
