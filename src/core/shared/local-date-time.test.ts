import { describe, expect, it } from 'vitest';
import { LocalDateTime } from './local-date-time.js';

describe('LocalDateTime', () => {
  it.each(['2026-11-24T18:30', '2028-02-29T00:00', '2026-12-31T23:59'])('accepts %s', (value) => {
    expect(LocalDateTime.safeParse(value).success).toBe(true);
  });

  // 5000-93-13 and 2026-02-30 once reached PostgreSQL and came back as a 500 (found by the API fuzz).
  it.each(['5000-93-13T18:52', '2026-02-30T10:00', '2026-11-21T25:61', '2026-11-21T10:00Z', '2026-11-21T10:00:00', '2026-11-21'])('refuses %s', (value) => {
    expect(LocalDateTime.safeParse(value).success).toBe(false);
  });
});
