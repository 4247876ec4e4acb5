/** Router state that remembers the page a user was sent away from to sign in. */
export interface ReturnState {
  from?: string;
}

/**
 * The in-app path to go back to after signing in, from router state; "/" when there is none.
 * Only a plain local path is accepted, so that a crafted link cannot send the user elsewhere.
 */
export function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null ? (state as ReturnState).from : undefined;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith('/sign-in') ? '/' : from;
}
