import type { Page } from 'playwright-core';

/**
 * Calls the API as the page's signed-in user (its cookies, and the anti-forgery token read from
 * the session), to change data behind the page's back: another worker saving meanwhile, say.
 */
export async function apiRequest<T = unknown>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const session = (await (await page.request.get(`${origin}/api/v1/auth/session`)).json()) as { csrfToken: string };
  const response = await page.request.fetch(`${origin}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'accept-language': 'en-CA' },
    ...(body === undefined ? {} : { data: body }),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
