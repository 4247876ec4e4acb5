import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Launches Debian's Chromium (playwright-core downloads no browser). A missing browser fails
 * the run instead of skipping it, so that CI cannot pass without the accessibility checks.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install chromium\` ` +
        '(Debian), or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
