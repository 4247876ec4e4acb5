/** Failed attempts allowed before an account is paused. */
export const failuresBeforeLockout = 5;

/** How long each successive lockout lasts, in minutes: it escalates, then stays at an hour. */
export const lockoutMinutes = [1, 5, 15, 60] as const;

export interface LockoutState {
  failedSignIns: number;
  lockoutLevel: number;
  lockedUntil: Date | null;
}

/** True while a lockout is running. */
export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure: the fifth failure in a row starts the next, longer lockout. */
export function afterFailure(state: LockoutState, now: Date): LockoutState & { lockedNow: boolean } {
  const failed = state.failedSignIns + 1;
  if (failed < failuresBeforeLockout) return { ...state, failedSignIns: failed, lockedNow: false };
  const level = state.lockoutLevel + 1;
  const minutes = lockoutMinutes[Math.min(level, lockoutMinutes.length) - 1]!;
  return { failedSignIns: 0, lockoutLevel: level, lockedUntil: new Date(now.getTime() + minutes * 60_000), lockedNow: true };
}

/** The state after a successful sign-in: counters and escalation start over. */
export function afterSuccess(): LockoutState {
  return { failedSignIns: 0, lockoutLevel: 0, lockedUntil: null };
}
