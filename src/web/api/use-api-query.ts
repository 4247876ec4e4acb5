import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod/mini';
import { useSession } from '../session/session-context';
import { ApiError } from './api-error';

/** What a page knows about one GET at a moment. */
export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  /** Loads again (after a change made elsewhere, or a conflict). */
  reload: () => void;
  /** Replaces the data with what a change returned, without asking the server again. */
  setData: (data: T) => void;
}

/**
 * GETs `path` (none while it is null) and checks the answer against `schema`. It loads again
 * when the language changes, so that error messages follow it; earlier data stays shown meanwhile.
 */
export function useApiQuery<T>(path: string | null, schema: z.ZodMiniType<T>): QueryState<T> {
  const { api } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | undefined; isLoading: boolean }>({
    data: undefined,
    error: undefined,
    isLoading: path !== null,
  });

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    api.get(path, schema, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error: ApiError.from(error), isLoading: false });
      },
    );
    return () => controller.abort();
  }, [api, path, schema, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: T) => setState({ data, error: undefined, isLoading: false }), []);
  return { ...state, reload, setData };
}
