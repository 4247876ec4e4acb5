import { ApiError } from '../../api/api-error';
import type { HsdsFormat } from '../../api/resources';
import type { Locale } from '../../i18n/locale';

/** What each export format answers with. */
const mediaTypes: Record<HsdsFormat, string> = { 'hsds-json': 'application/json', 'hsds-csv': 'application/zip' };

/**
 * Fetches the directory's HSDS export and hands it to the browser as a download under the name
 * the server gives (`resources-hsds-<day>.json` or `.zip`). Failures throw an ApiError with the
 * server's translated detail.
 */
export async function downloadHsdsExport(format: HsdsFormat, locale: Locale): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/resources/export?format=${format}`, {
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
  const fallback = format === 'hsds-json' ? 'resources-hsds.json' : 'resources-hsds.zip';
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
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
