import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';

/** One call to the PARS API. */
export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under /api/v1, e.g. "/users". */
  path: string;
  locale: Locale;
  /** Sent as JSON; a FormData is sent as multipart/form-data (a file upload), its boundary set by the browser. */
  body?: unknown;
  /** Required by the server on every state-changing request except signing in. */
  csrfToken?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Reads a body as JSON, or undefined when it is empty or not JSON (an HTML error page, say). */
async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Sends a request and returns the JSON answer (undefined for 204), or throws an ApiError.
 * Accept-Language is always the UI locale, so that error messages come back in the language
 * the user is reading.
 */
export async function requestJson({ method, path, locale, body, csrfToken, signal }: JsonRequest): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? null : isForm ? body : JSON.stringify(body),
      // The session cookie is SameSite=Strict and same-origin; say so rather than rely on defaults.
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network');
  }
  if (response.status === 204) return undefined;
  const json = await readJson(response);
  if (!response.ok) throw ApiError.fromProblem(response.status, json);
  return json;
}
