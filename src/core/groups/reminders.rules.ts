import type { Locale } from '../shared/index.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { translate } from '../../i18n/translate.js';

/** Where a session happens, as far as a message or a calendar may say. */
export interface SessionPlace {
  delivery: 'in_person' | 'phone' | 'virtual';
  siteName: string | null;
  siteNameFr: string | null;
  room: string | null;
  /** Telephone bridge or meeting link (phone and virtual groups). */
  bridge: string | null;
}

/** The participant's language for messages: French if they chose it, English otherwise ('other' included). */
export function messageLocale(language: 'en' | 'fr' | 'other'): Locale {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

/**
 * The weekday, date (YYYY-MM-DD in both languages) and time of an instant in a time zone
 * (`6:30 p.m.`, `18 h 30`). Plain spaces: ICU versions differ on narrow no-break spaces.
 */
export function localWhen(instant: Date, timeZone: string, locale: Locale): { weekday: string; date: string; time: string } {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  return {
    weekday: plain(new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(instant)),
    date: instantToZonedTime(instant, timeZone).slice(0, 10),
    time: plain(new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant)),
  };
}

/** The place in words: the site (and room), or "by telephone" / "online" with the bridge. */
export function describePlace(place: SessionPlace, locale: Locale): string {
  if (place.delivery === 'phone') {
    return place.bridge ? translate(locale, 'outbox.place.telephone_at', { bridge: place.bridge }) : translate(locale, 'outbox.place.telephone');
  }
  if (place.delivery === 'virtual') {
    return place.bridge ? translate(locale, 'outbox.place.online_at', { bridge: place.bridge }) : translate(locale, 'outbox.place.online');
  }
  const site = (locale === 'fr-CA' ? (place.siteNameFr ?? place.siteName) : place.siteName) ?? null;
  if (!site) return translate(locale, 'outbox.place.to_be_confirmed');
  return place.room ? translate(locale, 'outbox.place.site_room', { site, room: place.room }) : site;
}

/** A message's subject and text. */
export interface MessageText {
  subject: string;
  body: string;
}

/**
 * The reminder a participant receives before a session: when, where and the topic, and whom to
 * tell if they cannot come. Deliberately nothing else: no names (not even theirs: others may
 * read their mail), no charges, nothing about anyone in the group or about a partner.
 */
export function reminderMessage(input: {
  locale: Locale;
  startsAt: Date;
  timeZone: string;
  place: SessionPlace;
  topic: string | null;
  agencyName: string;
}): MessageText {
  const { locale } = input;
  const when = localWhen(input.startsAt, input.timeZone, locale);
  const lines = [
    translate(locale, 'outbox.greeting'),
    '',
    translate(locale, 'outbox.reminder.intro'),
    '',
    translate(locale, 'outbox.reminder.when', when),
    translate(locale, 'outbox.reminder.where', { place: describePlace(input.place, locale) }),
    ...(input.topic ? [translate(locale, 'outbox.reminder.topic', { topic: input.topic })] : []),
    '',
    translate(locale, 'outbox.reminder.cannot_attend', { agency: input.agencyName }),
    '',
    translate(locale, 'outbox.signature', { agency: input.agencyName }),
    '',
    translate(locale, 'outbox.footer'),
  ];
  return { subject: translate(locale, 'outbox.reminder.subject', when), body: lines.join('\n') };
}

/** After a missed session: we noticed, and here is how to reach us. No reason, no status, no blame. */
export function missedSessionMessage(input: { locale: Locale; startsAt: Date; timeZone: string; agencyName: string }): MessageText {
  const { locale } = input;
  const when = localWhen(input.startsAt, input.timeZone, locale);
  const lines = [
    translate(locale, 'outbox.greeting'),
    '',
    translate(locale, 'outbox.missed.intro', when),
    '',
    translate(locale, 'outbox.missed.contact', { agency: input.agencyName }),
    '',
    translate(locale, 'outbox.signature', { agency: input.agencyName }),
    '',
    translate(locale, 'outbox.footer'),
  ];
  return { subject: translate(locale, 'outbox.missed.subject', when), body: lines.join('\n') };
}
