import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client';
import type { ApiError } from '../api/api-error';
import type { Session } from '../api/session-response';
import { formatIsoDate } from '../format/format-iso-date';

/** Why the user is signed out, when the sign-in page should say so. */
export type SignedOutReason = 'expired' | 'required' | 'signed-out';

/** What the app knows about the user's session at a moment. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'signed-out'; reason?: SignedOutReason | undefined }
  | { status: 'signed-in'; session: Session };

/** The session and the API client bound to it (language and anti-forgery token). */
export interface SessionContextValue {
  state: SessionState;
  api: ApiClient;
  /** Reads the session again, after any stage change; undefined when signed out. */
  refresh: () => Promise<Session | undefined>;
  /** Ends the session on the server, then here. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The session context; only inside a SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside a SessionProvider');
  return value;
}

/** The signed-in session, for pages that RequireSession already let through. */
export function useSignedInSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInSession needs a signed-in session');
  return state.session;
}

/**
 * Today at the agency (YYYY-MM-DD in its time zone), as the server dates entries: a worker whose
 * computer says another day (travelling, or past midnight in Kenora) still gets the agency's.
 */
export function useAgencyToday(): string {
  return formatIsoDate(new Date(), useSignedInSession().agency.timeZone);
}
