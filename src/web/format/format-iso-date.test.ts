import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-iso-date';

describe('formatIsoDate', () => {
  it.each([
    { zone: 'UTC', want: '2026-01-05' },
    // 03:30 UTC is still the evening before in Ontario: the site's zone decides the date.
    { zone: 'America/Toronto', want: '2026-01-04' },
    { zone: 'America/Winnipeg', want: '2026-01-04' },
  ])('shows 2026-01-05T03:30Z as $want in $zone', ({ zone, want }) => {
    expect(formatIsoDate(new Date('2026-01-05T03:30:00Z'), zone)).toBe(want);
  });
});
