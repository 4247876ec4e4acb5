import { describe, expect, it } from 'vitest';
import { addDays, isIsoDay, isMarkingOpen, zonedInstant } from './session-day';

describe('session days', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it.each([
    ['2026-11-21', true],
    ['2026-02-30', false],
    ['2026-1-2', false],
    ['', false],
  ])('knows %s is a day: %s', (value, want) => {
    expect(isIsoDay(value)).toBe(want);
  });

  it.each([
    // Toronto in winter (UTC−5) and in summer (UTC−4); Winnipeg an hour behind.
    ['2026-11-24', '18:30', 'America/Toronto', '2026-11-24T23:30:00.000Z'],
    ['2026-07-07', '18:30', 'America/Toronto', '2026-07-07T22:30:00.000Z'],
    ['2026-11-24', '18:30', 'America/Winnipeg', '2026-11-25T00:30:00.000Z'],
    // The day the clocks go back: 18:30 is well after the change.
    ['2026-11-01', '18:30', 'America/Toronto', '2026-11-01T23:30:00.000Z'],
  ])('reads %s %s in %s as %s', (date, time, zone, want) => {
    expect(zonedInstant(date, time, zone).toISOString()).toBe(want);
  });

  it('opens marking 15 minutes before the start', () => {
    const start = new Date('2026-11-24T23:30:00Z');
    expect(isMarkingOpen(start, new Date('2026-11-24T23:14:00Z'))).toBe(false);
    expect(isMarkingOpen(start, new Date('2026-11-24T23:15:00Z'))).toBe(true);
  });
});
