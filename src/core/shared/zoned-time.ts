/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const quarterHour = 15 * 60_000;
/** Offsets already computed, by zone and quarter-hour (bounded: cleared when it grows large). */
const offsets = new Map<string, number>();

/**
 * Offset of a time zone from UTC at an instant, in minutes (e.g. -300 for Toronto in winter).
 * Every zone's offset is a whole number of quarter-hours and changes at a whole local hour or
 * half-hour, so it is constant within a UTC quarter-hour: computed once per quarter-hour.
 */
function offsetMinutes(instant: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant / quarterHour)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm`) denotes in a time zone. Sessions and
 * appointments are booked in the site's local time (Ontario spans two zones). A time skipped by
 * the spring change is read as the same wall time after the change; an ambiguous autumn time as
 * the first (daylight) one.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const second = wall - offsetMinutes(first, timeZone) * 60_000;
  // Ambiguous times have two readings: take the earlier (daylight) one.
  const earlier = Math.min(first, second);
  const check = (instant: number) => instant + offsetMinutes(instant, timeZone) * 60_000 === wall;
  if (check(earlier)) return new Date(earlier);
  if (check(first)) return new Date(first);
  if (check(second)) return new Date(second);
  return new Date(Math.max(first, second));
}

/** The wall-clock time (`YYYY-MM-DD HH:mm`) of an instant in a time zone. */
export function instantToZonedTime(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000);
  return local.toISOString().slice(0, 16).replace('T', ' ');
}
