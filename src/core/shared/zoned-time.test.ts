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

  it('refuses something that is not a local date-time', () => {
    expect(() => zonedTimeToInstant('2026-11-24 18:30', 'America/Toronto')).toThrow(RangeError);
  });
});
