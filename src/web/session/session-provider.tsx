import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { createApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { requestJson } from '../api/request-json';
import { sessionResponseSchema, type Session } from '../api/session-response';
import type { Locale } from '../i18n/locale';
import { SessionContext, type SessionState } from './session-context';

/** Props of {@link SessionProvider}. */
export interface SessionProviderProps {
  locale: Locale;
  children: ReactNode;
}

/** The 401 codes that mean the session has ended (not a wrong password or code). */
const endedCodes: Record<string, 'expired' | 'required'> = {
  'auth.session_expired': 'expired',
  'auth.sign_in_required': 'required',
};

/**
 * Loads the session once, keeps it, and gives the pages an API client that sends the current
 * language and anti-forgery token. A 401 from any call that says the session ended sends the
 * user to the sign-in page, which says why.
 */
export function SessionProvider({ locale, children }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Refs, because the API client reads them at call time and must not change identity with them.
  const stateRef = useRef(state);
  const localeRef = useRef(locale);
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    localeRef.current = locale;
    navigateRef.current = navigate;
  });

  const apply = useCallback((next: SessionState) => {
    stateRef.current = next;
    setState(next);
  }, []);

  const refresh = useCallback(async (): Promise<Session | undefined> => {
    try {
      const body = await requestJson({ method: 'GET', path: '/auth/session', locale: localeRef.current });
      const parsed = sessionResponseSchema.safeParse(body);
      if (!parsed.success) throw new ApiError('invalid', { status: 200 });
      apply({ status: 'signed-in', session: parsed.data });
      return parsed.data;
    } catch (error) {
      const apiError = ApiError.from(error);
      if (apiError.status !== 401) {
        // Without a session to go on, the pages show why and offer to try again.
        const { status } = stateRef.current;
        if (status === 'loading' || status === 'failed') apply({ status: 'failed', error: apiError });
        throw apiError;
      }
      apply({ status: 'signed-out' });
      return undefined;
    }
  }, [apply]);

  const onUnauthenticated = useCallback(
    (error: ApiError) => {
      if (stateRef.current.status !== 'signed-in') return;
      const reason = error.code ? endedCodes[error.code] : undefined;
      if (reason) {
        apply({ status: 'signed-out', reason });
        const { pathname, search } = window.location;
        navigateRef.current('/sign-in', { state: { from: pathname + search } });
      } else if (error.code === 'auth.second_factor_required' || error.code === 'auth.enrolment_required') {
        // The session is not finished signing in: reading it again lets the routes send the user on.
        void refresh().catch(() => undefined);
      }
    },
    [apply, refresh],
  );

  const api = useMemo(
    () =>
      createApiClient({
        locale,
        csrfToken: () => (stateRef.current.status === 'signed-in' ? stateRef.current.session.csrfToken : undefined),
        onUnauthenticated,
      }),
    [locale, onUnauthenticated],
  );

  const signOut = useCallback(async () => {
    try {
      await api.send('POST', '/auth/sign-out', {});
    } catch (error) {
      // Already ended on the server is as good as signed out; anything else must be told.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    apply({ status: 'signed-out', reason: 'signed-out' });
    navigateRef.current('/sign-in');
  }, [api, apply]);

  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  const value = useMemo(() => ({ state, api, refresh, signOut }), [state, api, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
