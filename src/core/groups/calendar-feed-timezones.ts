const minute = 60_000;
const day = 24 * 60 * minute;
const formats = new Map<string, Intl.DateTimeFormat>();

/** A zone's offset from UTC at an instant, in minutes (Toronto in January: -300). */
export function offsetMinutes(instant: number, zone: string): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

interface Observance {
  start: number;
  from: number;
  to: number;
}

/**
 * The VTIMEZONE component (RFC 5545 §3.6.5) that tells calendar apps what a `TZID` means between
 * two instants: the offset at the start, then each change (daylight saving time) found by
 * asking the platform's time zone data (ICU). Listing the actual changes, rather than rules,
 * keeps it exact for the feed's window without a time zone library.
 */
export function vtimezone(zone: string, from: Date, to: Date): string[] {
  let at = Math.floor(from.getTime() / minute) * minute;
  let offset = offsetMinutes(at, zone);
  const observances: Observance[] = [{ start: at, from: offset, to: offset }];
  while (at < to.getTime()) {
    const next = Math.min(at + day, Math.ceil(to.getTime() / minute) * minute);
    const nextOffset = offsetMinutes(next, zone);
    if (nextOffset !== offset) {
      // The change lies in (at, next]: narrow it down to the minute.
      let low = at;
      let high = next;
      while (high - low > minute) {
        const middle = Math.floor((low + high) / 2 / minute) * minute;
        if (offsetMinutes(middle, zone) === offset) low = middle;
        else high = middle;
      }
      observances.push({ start: high, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    at = next;
  }
  const standard = Math.min(...observances.map((o) => o.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const observance of observances) {
    const kind = observance.to > standard ? 'DAYLIGHT' : 'STANDARD';
    // An observance starts at the local time it begins, read with the offset in force before it.
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(observance.start + observance.from * minute)}`, `TZOFFSETFROM:${formatOffset(observance.from)}`, `TZOFFSETTO:${formatOffset(observance.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function localStamp(shifted: number): string {
  return new Date(shifted).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
