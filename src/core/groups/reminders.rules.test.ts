import { describe, expect, it } from 'vitest';
import type { Locale } from '../shared/index.js';
import { describePlace, localWhen, messageLocale, type SessionPlace } from './reminders.rules.js';

const site: SessionPlace = { delivery: 'in_person', siteName: 'Sudbury', siteNameFr: 'Grand Sudbury', room: null, bridge: null };

describe('what a reminder says about the place', () => {
  it.each<[string, SessionPlace, Locale, string]>([
    ['a site', site, 'en-CA', 'Sudbury'],
    ['a site, in French', site, 'fr-CA', 'Grand Sudbury'],
    ['a site without a French name, in French', { ...site, siteNameFr: null }, 'fr-CA', 'Sudbury'],
    ['a site and a room', { ...site, room: '2B' }, 'en-CA', 'Sudbury, room 2B'],
    ['a site and a room, in French', { ...site, room: '2B' }, 'fr-CA', 'Grand Sudbury, salle 2B'],
    ['an in-person group without a site', { ...site, siteName: null, siteNameFr: null }, 'en-CA', 'Your facilitator will confirm the place.'],
    ['a telephone group', { ...site, delivery: 'phone', bridge: '1-866-555-0100, code 4321#' }, 'en-CA', 'By telephone (1-866-555-0100, code 4321#)'],
    ['a telephone group without its bridge yet', { ...site, delivery: 'phone' }, 'fr-CA', 'Par téléphone'],
    ['an online group', { ...site, delivery: 'virtual', bridge: 'https://meet.example.org/tuesday' }, 'fr-CA', 'En ligne (https://meet.example.org/tuesday)'],
    ['an online group without its link yet', { ...site, delivery: 'virtual' }, 'en-CA', 'Online'],
  ])('%s', (_case, place, locale, expected) => {
    expect(describePlace(place, locale)).toBe(expected);
  });
});

describe('language and time of a message', () => {
  it.each([['en', 'en-CA'], ['fr', 'fr-CA'], ['other', 'en-CA']] as const)('writes to someone whose language is %s in %s', (language, locale) => {
    expect(messageLocale(language)).toBe(locale);
  });

  it.each<[string, string, Locale, { weekday: string; date: string; time: string }]>([
    ['2026-11-24T23:30:00Z', 'America/Toronto', 'en-CA', { weekday: 'Tuesday', date: '2026-11-24', time: '6:30 p.m.' }],
    ['2026-11-24T23:30:00Z', 'America/Toronto', 'fr-CA', { weekday: 'mardi', date: '2026-11-24', time: '18 h 30' }],
    // Kenora keeps Central time: the same instant is an hour earlier there.
    ['2026-11-24T23:30:00Z', 'America/Winnipeg', 'en-CA', { weekday: 'Tuesday', date: '2026-11-24', time: '5:30 p.m.' }],
    // After midnight UTC, still the evening before in Ontario.
    ['2026-11-25T00:30:00Z', 'America/Toronto', 'en-CA', { weekday: 'Tuesday', date: '2026-11-24', time: '7:30 p.m.' }],
    ['2027-07-06T22:30:00Z', 'America/Toronto', 'fr-CA', { weekday: 'mardi', date: '2027-07-06', time: '18 h 30' }],
  ])('reads %s in %s (%s)', (instant, zone, locale, expected) => {
    expect(localWhen(new Date(instant), zone, locale)).toEqual(expected);
  });
});
