import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launch-chromium.js';
import { startServer, type RunningServer } from './start-server.js';

/** What a test file's journeys share: the server's address, and a page in a fresh profile. */
export interface Journeys {
  base: () => string;
  /** The server's data folder (sent email lands in `outbox/` as `.eml` files). */
  dataDir: () => string;
  /** The browser, for a journey that opens its own contexts (several at once, or no locale). */
  browser: () => Browser;
  /** A fresh browser profile (no cookie, no saved language) for each journey; the last one is closed. */
  newPage: (locale: string) => Promise<Page>;
}

/**
 * One demo server and one browser for the whole test file (each server start costs seconds), so
 * its tests run in order on the same data. Call at the top of the file: it registers the hooks.
 */
export function useJourneys(): Journeys {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  return {
    base: () => server!.baseUrl,
    dataDir: () => server!.dataDir,
    browser: () => browser!,
    newPage: async (locale) => {
      await context?.close();
      context = await browser!.newContext({ locale });
      return context.newPage();
    },
  };
}
