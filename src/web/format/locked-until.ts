import type { UserSummary } from '../api/user-summary';

/** A running lockout's end, or undefined when sign-in is not paused. */
export function lockedUntil(user: UserSummary, now: Date): Date | undefined {
  const until = user.lockedUntil ? new Date(user.lockedUntil) : undefined;
  return until && until.getTime() > now.getTime() ? until : undefined;
}
