import { describe, expect, it } from 'vitest';
import { vtimezone } from './calendar-feed-timezones.js';
import { feedPath, newFeedToken, parseFeedToken } from './calendar-feed-token.js';

const observances = (lines: string[]) =>
  lines.join('\n').match(/BEGIN:(STANDARD|DAYLIGHT)\nDTSTART:(\w+)\nTZOFFSETFROM:([+-]\d{4})\nTZOFFSETTO:([+-]\d{4})/g)!.map((block) => block.split('\n').slice(0, 4).join(' ').replace(/BEGIN:|DTSTART:|TZOFFSETFROM:|TZOFFSETTO:/g, ''));

describe('the time zone definitions of the feed', () => {
  it.each([
    ['America/Toronto', ['DAYLIGHT 20261024T110000 -0400 -0400', 'STANDARD 20261101T020000 -0400 -0500', 'DAYLIGHT 20270314T020000 -0500 -0400']],
    ['America/Winnipeg', ['DAYLIGHT 20261024T100000 -0500 -0500', 'STANDARD 20261101T020000 -0500 -0600', 'DAYLIGHT 20270314T020000 -0600 -0500']],
    // Saskatchewan keeps one offset all year.
    ['America/Regina', ['STANDARD 20261024T090000 -0600 -0600']],
    ['America/St_Johns', ['DAYLIGHT 20261024T123000 -0230 -0230', 'STANDARD 20261101T020000 -0230 -0330', 'DAYLIGHT 20270314T020000 -0330 -0230']],
    // South of the equator, summer time runs the other way round the year.
    ['Australia/Sydney', ['DAYLIGHT 20261025T020000 +1100 +1100', 'STANDARD 20270404T030000 +1100 +1000']],
  ])('lists the offsets of %s and each change between two instants', (zone, expected) => {
    const lines = vtimezone(zone, new Date('2026-10-24T15:00:00Z'), new Date('2027-05-22T15:00:00Z'));
    expect(lines[0]).toBe('BEGIN:VTIMEZONE');
    expect(lines[1]).toBe(`TZID:${zone}`);
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
    expect(observances(lines)).toEqual(expected);
  });
});

describe('feed addresses', () => {
  it('carry the agency and a secret whose hash is what is stored', () => {
    const agencyId = '0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11';
    const { token, hash } = newFeedToken(agencyId);
    expect(feedPath(token)).toMatch(/^\/api\/v1\/calendar\/0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11\.[A-Za-z0-9_-]{43}\.ics$/);
    expect(parseFeedToken(`${token}.ics`)).toEqual({ agencyId, hash });
    expect(parseFeedToken(token)).toEqual({ agencyId, hash });
    expect(newFeedToken(agencyId).token).not.toBe(token);
  });

  it.each(['', 'nothing.ics', '0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11.short.ics', `0B0C7A52-4F55-4A8E-9A43-8D1D7B8F7E11.${'a'.repeat(43)}.ics`, `0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11.${'a'.repeat(43)}.ics.ics`, `../0b0c7a52-4f55-4a8e-9a43-8d1d7b8f7e11.${'a'.repeat(43)}`])('refuses %j', (segment) => {
    expect(parseFeedToken(segment)).toBeUndefined();
  });
});
