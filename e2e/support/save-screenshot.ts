import type { Page } from 'playwright-core';

/** Saves a full-page screenshot when E2E_SCREENSHOT_DIR is set, to look at pages as a person would. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOT_DIR}/${name}.png`, fullPage: true });
  }
}
