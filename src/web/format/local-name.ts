import type { Locale } from '../i18n/locale';

/** Something the agency named in English and, optionally, in French. */
export interface BilingualName {
  name: string;
  nameFr?: string | null | undefined;
}

/** The name to show in a language: the French name in French when the agency gave one. */
export function localName({ name, nameFr }: BilingualName, locale: Locale): string {
  return locale === 'fr-CA' && nameFr ? nameFr : name;
}
