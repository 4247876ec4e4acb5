/** The two languages PARS is offered in; Ontario programs serve clients in both. */
export const locales = ['en-CA', 'fr-CA'] as const;

/** A supported UI locale. */
export type Locale = (typeof locales)[number];

/** Maps any language tag ("fr", "fr-FR", "en-US", "FR") to a supported locale, or null. */
export function toLocale(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'fr') return 'fr-CA';
  if (language === 'en') return 'en-CA';
  return null;
}
