import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';
import { fetchStatus } from './fetch-status';
import type { StatusResponse } from './status-response';

/** What the UI knows about the system status at a moment. */
export interface StatusState {
  data: StatusResponse | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
}

/**
 * Loads the system status, again when the language changes (so that error details come
 * back translated) and on `retry`. Earlier data stays shown while reloading, to avoid flicker.
 */
export function useStatus(locale: Locale): StatusState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<StatusState>({
    data: undefined,
    error: undefined,
    isLoading: true,
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    fetchStatus(locale, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError('invalid');
        setState({ data: undefined, error: apiError, isLoading: false });
      },
    );
    return () => controller.abort();
  }, [locale, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
