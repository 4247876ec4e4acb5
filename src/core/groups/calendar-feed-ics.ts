import ical, { ICalEventStatus, type ICalLuxonDateTimeStub } from 'ical-generator';
import { translate } from '../../i18n/translate.js';
import type { Locale } from '../shared/index.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { vtimezone } from './calendar-feed-timezones.js';
import type { SessionPlace } from './reminders.rules.js';

/** One session as the feed shows it: the group's schedule only, never who is in it. */
export interface FeedSession {
  id: string;
  groupName: string;
  number: number;
  topic: string | null;
  startsAt: Date;
  minutes: number;
  status: 'scheduled' | 'cancelled';
  timeZone: string;
  place: SessionPlace;
  /** Bumped by every change (rescheduling, cancelling): calendar apps replace their copy. */
  version: number;
}

/**
 * An instant as ical-generator's Luxon-compatible date (its documented `ICalLuxonDateTimeStub`):
 * it prints the wall-clock time in the event's zone (`DTSTART;TZID=America/Toronto:…T183000`)
 * from the zone data, whatever zone the server itself runs in.
 */
function inZone(instant: Date, zone: string): ICalLuxonDateTimeStub {
  const wall = instantToZonedTime(instant, zone); // YYYY-MM-DD HH:mm
  const stub: ICalLuxonDateTimeStub = {
    isValid: true,
    zone: { type: 'iana' },
    setZone: (target) => (target && target !== zone ? inZone(instant, target) : stub),
    toFormat: (format) => {
      if (format === 'yyyyLLdd') return wall.slice(0, 10).replace(/-/g, '');
      if (format === 'HHmmss') return `${wall.slice(11, 16).replace(':', '')}00`;
      throw new RangeError(`Unsupported format ${format}`);
    },
    toJSDate: () => new Date(instant),
    toJSON: () => instant.toISOString(),
  };
  return stub;
}

function location(place: SessionPlace, locale: Locale): string | null {
  if (place.delivery === 'phone') return translate(locale, place.bridge ? 'calendar.location.telephone_at' : 'calendar.location.telephone', { bridge: place.bridge ?? '' });
  if (place.delivery === 'virtual') return translate(locale, place.bridge ? 'calendar.location.online_at' : 'calendar.location.online', { bridge: place.bridge ?? '' });
  const site = (locale === 'fr-CA' ? (place.siteNameFr ?? place.siteName) : place.siteName) ?? null;
  if (!site) return place.room;
  return place.room ? translate(locale, 'calendar.location.site_room', { site, room: place.room }) : site;
}

/**
 * The facilitator's calendar (RFC 5545): one event per session, in the group's time zone, with
 * the VTIMEZONE definitions it uses; a cancelled session stays, marked CANCELLED, so calendar
 * apps remove it rather than keep a stale copy.
 */
export function buildCalendarIcs(input: { locale: Locale; name: string; sessions: readonly FeedSession[]; now: Date; window: { from: Date; to: Date } }): string {
  const { locale } = input;
  const calendar = ical({ name: input.name, prodId: { company: 'PARS', product: 'Facilitator calendar', language: locale === 'fr-CA' ? 'FR' : 'EN' }, ttl: 60 * 60 });
  for (const session of input.sessions) {
    const summary = session.topic
      ? translate(locale, 'calendar.summary', { group: session.groupName, number: session.number, topic: session.topic })
      : translate(locale, 'calendar.summary_no_topic', { group: session.groupName, number: session.number });
    calendar.createEvent({
      id: `${session.id}@pars`,
      sequence: session.version,
      stamp: input.now,
      start: inZone(session.startsAt, session.timeZone),
      end: inZone(new Date(session.startsAt.getTime() + session.minutes * 60_000), session.timeZone),
      timezone: session.timeZone,
      summary,
      location: location(session.place, locale),
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // ical-generator leaves VTIMEZONE to a plug-in; ours is appended before the calendar ends
  // (RFC 5545 lets components come in any order).
  const zones = [...new Set(input.sessions.map((session) => session.timeZone))].sort();
  const definitions = zones.flatMap((zone) => vtimezone(zone, new Date(input.window.from.getTime() - 86_400_000), new Date(input.window.to.getTime() + 86_400_000)));
  const text = calendar.toString();
  const end = 'END:VCALENDAR';
  const at = text.lastIndexOf(end);
  return definitions.length === 0 ? text : `${text.slice(0, at)}${definitions.join('\r\n')}\r\n${text.slice(at)}`;
}
