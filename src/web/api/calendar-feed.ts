import { z } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';

/** `POST /me/calendar-feed`: the secret address (a path on this server), shown this once. */
export const calendarFeedSchema = z.object({ url: z.string(), createdAt: z.string() });

/** A new calendar address. */
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/**
 * `DELETE /me/calendar-feed`: turns the address off. The shared API client sends GET, POST and
 * PUT only, so this one call is made here, with the same language and anti-forgery headers.
 */
export async function stopCalendarFeed({ locale, csrfToken }: { locale: Locale; csrfToken: string }): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/v1/me/calendar-feed', {
      method: 'DELETE',
      headers: { Accept: 'application/json', 'Accept-Language': locale, 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network');
  }
  if (response.ok) return;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  throw ApiError.fromProblem(response.status, body);
}
