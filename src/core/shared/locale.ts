/** The two languages every screen, letter and message exists in. */
export const locales = ['en-CA', 'fr-CA'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en-CA';

/**
 * Picks the locale from an explicit choice (`fr`, `fr-CA`, `en`…) or an Accept-Language
 * header; anything French gives fr-CA, everything else en-CA.
 */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  const pick = (tag: string): Locale | undefined => {
    const lower = tag.trim().toLowerCase();
    if (lower.startsWith('fr')) return 'fr-CA';
    if (lower.startsWith('en')) return 'en-CA';
    return undefined;
  };
  if (explicit) {
    const chosen = pick(explicit);
    if (chosen) return chosen;
  }
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...rest] = part.split(';');
        const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const entry of ranked) {
      const chosen = pick(entry.tag);
      if (chosen) return chosen;
    }
  }
  return defaultLocale;
}
