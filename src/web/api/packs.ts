import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';

/** One PDF to fetch: a GET, or a POST with a JSON body (the anti-forgery token is then needed). */
export interface PdfRequest {
  method: 'GET' | 'POST';
  /** Path under /api/v1. */
  path: string;
  body?: unknown;
  locale: Locale;
  csrfToken: string | undefined;
}

/** The file name the server gave in Content-Disposition, else a plain one. */
function fileNameOf(response: Response): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? 'pars.pdf';
}

/**
 * Fetches a PDF from the API and hands it to the browser as a download (a blob and an object
 * URL), so that the request carries the session's anti-forgery token and the UI language.
 * Failures throw an ApiError with the server's translated detail.
 */
export async function downloadPdf({ method, path, body, locale, csrfToken }: PdfRequest): Promise<void> {
  const headers: Record<string, string> = { Accept: 'application/pdf, application/problem+json', 'Accept-Language': locale };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError('network');
  }
  if (!response.ok) {
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    throw ApiError.fromProblem(response.status, json);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
