import { describe, expect, it } from 'vitest';
import { addBusinessDays, addDays, closeOfBusiness, isoWeekday } from './business-days.js';

describe('business days', () => {
  const holidays = new Set(['2026-12-25', '2026-12-28']);
  it('knows the weekday and adds calendar days across months', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(addDays('2026-11-30', 2)).toBe('2026-12-02');
  });
  it('skips weekends and holidays', () => {
    expect(addBusinessDays('2026-11-20', 1, holidays)).toBe('2026-11-23'); // Friday → Monday
    expect(addBusinessDays('2026-12-24', 1, holidays)).toBe('2026-12-29'); // over Christmas, the weekend and the 28th
    expect(addBusinessDays('2026-11-23', 2, holidays)).toBe('2026-11-25');
    expect(addBusinessDays('2026-11-22', 0, holidays)).toBe('2026-11-23'); // a Sunday event is due on Monday
    expect(addBusinessDays('2026-11-21', 1, holidays)).toBe('2026-11-23'); // so is a Saturday one with a day to tell
  });
  it('closes business at 17:00 in the site’s zone', () => {
    expect(closeOfBusiness('2026-11-23', 'America/Toronto').toISOString()).toBe('2026-11-23T22:00:00.000Z');
    expect(closeOfBusiness('2026-11-23', 'America/Winnipeg').toISOString()).toBe('2026-11-23T23:00:00.000Z');
  });
});
