import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, isLocked, type LockoutState } from './lockout.rules.js';

const now = new Date('2026-11-21T15:00:00Z');
const fresh: LockoutState = { failedSignIns: 0, lockoutLevel: 0, lockedUntil: null };

function failTimes(times: number, start: LockoutState = fresh): LockoutState & { lockedNow: boolean } {
  let state = { ...start, lockedNow: false };
  for (let i = 0; i < times; i++) state = afterFailure(state, now);
  return state;
}

describe('lockout rules', () => {
  it('allows four failures, and locks on the fifth', () => {
    expect(failTimes(4)).toMatchObject({ failedSignIns: 4, lockedNow: false, lockedUntil: null });
    const fifth = failTimes(5);
    expect(fifth.lockedNow).toBe(true);
    expect(fifth.lockedUntil?.toISOString()).toBe('2026-11-21T15:01:00.000Z');
    expect(isLocked(fifth, now)).toBe(true);
    expect(isLocked(fifth, new Date('2026-11-21T15:01:00Z'))).toBe(false);
  });

  it.each([
    [1, 1],
    [2, 5],
    [3, 15],
    [4, 60],
    [5, 60],
    [9, 60],
  ])('lockout number %i lasts %i minutes', (level, minutes) => {
    const state = failTimes(5, { failedSignIns: 0, lockoutLevel: level - 1, lockedUntil: null });
    expect(state.lockoutLevel).toBe(level);
    expect((state.lockedUntil!.getTime() - now.getTime()) / 60_000).toBe(minutes);
  });

  it('starts over after a success', () => {
    expect(afterSuccess()).toEqual(fresh);
  });
});
