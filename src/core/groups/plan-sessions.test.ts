import { describe, expect, it } from 'vitest';
import { planSessions } from './plan-sessions.js';

const base = { from: '2026-11-23', weekday: 2, startTime: '18:30', timeZone: 'America/Toronto', cadence: 'weekly' as const, count: 12, firstNumber: 1, topics: 12, holidays: new Set<string>() };

describe('planning a group’s sessions', () => {
  it('puts twelve sessions on the weekday, a week apart, each with its topic', () => {
    const sessions = planSessions(base);
    expect(sessions.map((s) => s.localDate).slice(0, 3)).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
    expect(sessions).toHaveLength(12);
    expect(sessions.map((s) => s.topicPosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('skips holidays and keeps the topic order', () => {
    const sessions = planSessions({ ...base, from: '2026-12-20', count: 3, holidays: new Set(['2026-12-22', '2026-12-29']) });
    expect(sessions.map((s) => [s.localDate, s.topicPosition])).toEqual([['2027-01-05', 1], ['2027-01-12', 2], ['2027-01-19', 3]]);
  });
  it('keeps the local time across the change of time (18:30 in November and in April)', () => {
    const november = planSessions({ ...base, count: 1 })[0]!;
    const april = planSessions({ ...base, from: '2027-04-05', count: 1 })[0]!;
    expect(november.startsAt.toISOString()).toBe('2026-11-24T23:30:00.000Z');
    expect(april.startsAt.toISOString()).toBe('2027-04-06T22:30:00.000Z');
  });
  it('cycles through the curriculum for a rolling group and numbers on from the last session', () => {
    const sessions = planSessions({ ...base, firstNumber: 12, count: 3 });
    expect(sessions.map((s) => [s.number, s.topicPosition])).toEqual([[12, 12], [13, 1], [14, 2]]);
  });
  it('meets twice a week when the stream says so', () => {
    const sessions = planSessions({ ...base, cadence: 'twice_weekly', count: 4 });
    expect(sessions.map((s) => s.localDate)).toEqual(['2026-11-24', '2026-11-27', '2026-12-01', '2026-12-04']);
  });
});
