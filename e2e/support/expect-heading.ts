import type { Page } from 'playwright-core';

/** Waits for the page's main heading (h1) to say `text`: the sign that a page has arrived. */
export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}
