/**
 * The everyday name of an IANA time zone in a language ("Eastern Time", "heure de l’Est"),
 * or null when the browser does not know the zone; callers then show the IANA id alone.
 */
export function timeZoneName(locale: string, timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}
