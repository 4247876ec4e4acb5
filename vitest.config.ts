import { defineConfig } from 'vitest/config';

// Two tiers: `unit` (rules, use cases against a real database, server through inject, CLI as
// a child process) and `e2e` (the built app in headless Chromium). Both run on PGlite, or on
// the PostgreSQL server named by DATABASE_URL.
// Every PARS process a test starts shares one test key, so audit chains written into a shared
// PostgreSQL database by different processes verify with the same keyring. Test data only.
const testKeys = { PARS_ENCRYPTION_KEYS: 'test:zFjr//pmloBosNOHj3RHMqibkAqsQ9BfCkkP2PKm+hc=' };

export default defineConfig({
  test: {
    env: testKeys,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // vitest's default is one worker fewer than the CPUs: 1 on CI's 2-CPU machines.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // After the unit tests; each file has its own server, data and browser.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
