import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';
import { statusResponseSchema, type StatusResponse } from './status-response';

/** Reads a body as JSON, or undefined when it is not JSON (an HTML error page, say). */
async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Fetches the system status. Sends the UI locale as Accept-Language so that the server
 * translates any error `detail` into the language the user is reading.
 */
export async function fetchStatus(locale: Locale, signal?: AbortSignal): Promise<StatusResponse> {
  let response: Response;
  try {
    response = await fetch('/api/v1/status', {
      headers: { Accept: 'application/json', 'Accept-Language': locale },
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network');
  }
  const body = await readJson(response);
  // A 503 may still carry a full status (database down): show it rather than a bare error.
  const status = statusResponseSchema.safeParse(body);
  if (status.success) return status.data;
  if (!response.ok) throw ApiError.fromProblem(response.status, body);
  throw new ApiError('invalid', { status: response.status });
}
