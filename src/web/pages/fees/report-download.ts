import { ApiError } from '../../api/api-error';
import type { Locale } from '../../i18n/locale';

/** The two spreadsheet formats a report downloads as. */
export type ReportFormat = 'csv' | 'xlsx';

const mediaTypes: Record<ReportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Fetches a fees report as CSV or XLSX (headers in the UI's language) and hands it to the
 * browser as a download under the name the server gives. Failures throw an ApiError with the
 * server's translated detail.
 */
export async function downloadReport(path: string, format: ReportFormat, locale: Locale, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}${path.includes('?') ? '&' : '?'}format=${format}`, {
      headers: { Accept: `${mediaTypes[format]}, application/problem+json`, 'Accept-Language': locale },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network');
  }
  if (!response.ok) {
    const json: unknown = await response.json().catch(() => undefined);
    throw ApiError.fromProblem(response.status, json);
  }
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${fallbackName}.${format}`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
