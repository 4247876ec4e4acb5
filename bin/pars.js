#!/usr/bin/env node
// The `pars` command. A built copy (npm run build) is used when present, so production runs
// plain JavaScript; in a fresh clone the TypeScript sources run through tsx, so `npx pars`
// works without a build step (docs/decisions/001-layout-and-build.md).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'server-build', 'cli', 'main.js');

if (existsSync(built) && process.env.PARS_FROM_SOURCE !== '1') {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
