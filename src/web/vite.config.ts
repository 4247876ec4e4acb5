import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Vite build of the SPA: src/web -> dist/web, which the PARS server serves. */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // One bundle (React, react-aria, react-intl, the router), cached after the first visit by
    // staff on the agency's network; splitting it would add requests for little gain.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // The catalogues live in src/i18n, outside the Vite root.
    fs: { allow: [repoRoot] },
    // In development the SPA still reaches data only through the API of a running `pars serve`.
    // The pattern is versioned so that the SPA's own src/web/api/*.ts modules are not proxied.
    proxy: {
      '^/api/v\\d+/': process.env.PARS_API_URL ?? 'http://127.0.0.1:3000',
    },
  },
});
