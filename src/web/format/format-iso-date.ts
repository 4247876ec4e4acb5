/**
 * Formats a moment as YYYY-MM-DD in a time zone: PARS shows dates this way in both
 * languages, so that court and program documents never mix up day and month.
 */
export function formatIsoDate(moment: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // Built from parts rather than trusting the en-CA pattern, which browsers have changed before.
  return `${part('year')}-${part('month')}-${part('day')}`;
}
