import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToZonedTime, zonedTimeToInstant } from './zoned-time.js';

describe('site-local times', () => {
  it.each([
    ['2026-11-24T18:30', 'America/Toronto', '2026-11-24T23:30:00.000Z'],
    ['2026-11-24T18:30', 'America/Winnipeg', '2026-11-25T00:30:00.000Z'],
    ['2026-07-07T09:00', 'America/Toronto', '2026-07-07T13:00:00.000Z'],
    // Spring forward (2026-03-08, 02:00 → 03:00): 02:30 does not exist; read as 03:30 EDT.
    ['2026-03-08T02:30', 'America/Toronto', '2026-03-08T07:30:00.000Z'],
    // Fall back (2026-11-01, 02:00 → 01:00): 01:30 happens twice; the first (EDT) is chosen.
    ['2026-11-01T01:30', 'America/Toronto', '2026-11-01T05:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, instant) => {
    expect(zonedTimeToInstant(local, zone).toISOString()).toBe(instant);
  });

  it('round-trips to the wall time', () => {
    expect(instantToZonedTime(new Date('2026-11-24T23:30:00Z'), 'America/Toronto')).toBe('2026-11-24 18:30');
    expect(instantToZonedTime(new Date('2026-11-25T00:30:00Z'), 'America/Winnipeg')).toBe('2026-11-24 18:30');
  });

  it('gives the wall time Intl gives, at any minute, in zones whose changes fall on the hour and the half-hour (offsets are remembered per quarter-hour)', () => {
    const zones = ['America/Toronto', 'America/Winnipeg', 'America/St_Johns', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
    const wall = (instant: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(instant);
      const get = (type: string) => parts.find((part) => part.type === type)!.value;
      return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
    };
    // Minutes over two years, so most runs cross several changes; seen in any order.
    const minutes = fc.integer({ min: 0, max: 2 * 366 * 24 * 60 });
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(minutes, { minLength: 1, maxLength: 20 }), (zone, offsets) => {
        for (const minute of offsets) {
          const instant = new Date(Date.UTC(2025, 0, 1) + minute * 60_000);
          expect(instantToZonedTime(instant, zone)).toBe(wall(instant, zone));
        }
      }),
      { numRuns: 300 },
    );
    // Either side of spring changes: Toronto's (07:00Z), St. John's (05:30Z, inside a UTC hour) and Lord Howe's half-hour one (2026-04-04 15:00Z).
    for (const [iso, zone] of [['2026-03-08T05:29:00Z', 'America/St_Johns'], ['2026-03-08T05:30:00Z', 'America/St_Johns'], ['2026-03-08T06:45:00Z', 'America/Toronto'], ['2026-03-08T07:00:00Z', 'America/Toronto'], ['2026-04-04T14:59:00Z', 'Australia/Lord_Howe'], ['2026-04-04T15:00:00Z', 'Australia/Lord_Howe']] as const) {
      expect(instantToZonedTime(new Date(iso), zone)).toBe(wall(new Date(iso), zone));
    }
  });

  it('refuses something that is not a local date-time', () => {
    expect(() => zonedTimeToInstant('2026-11-24 18:30', 'America/Toronto')).toThrow(RangeError);
  });
});
