import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '../../..');
/** The `pars` command as a user runs it. */
export const parsBin = join(repoRoot, 'bin/pars.js');
const builtMain = join(repoRoot, 'dist/server-build/cli/main.js');

/** The newest modification time of a server source (src/ without the web app). */
function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'web' && dir.endsWith('src')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let decided: boolean | undefined;

/**
 * Whether child `pars` processes must run the TypeScript sources: yes unless a server build is
 * present and newer than every server source. `npm test` builds first, so CI runs the built
 * JavaScript (a process starts in ~1 s instead of ~4 s through tsx); a developer who edits a
 * file and runs vitest directly gets the sources, never a stale build.
 */
export function runsFromSource(): boolean {
  decided ??= !existsSync(builtMain) || statSync(builtMain).mtimeMs < newestSourceTime(join(repoRoot, 'src'));
  return decided;
}

/**
 * The environment of a child `pars` process: nothing inherited but PATH and HOME, the run's
 * test keys and DATABASE_URL (so CI's PostgreSQL pass reaches the same server), then `env`.
 */
export function parsEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PARS_ENCRYPTION_KEYS: process.env.PARS_ENCRYPTION_KEYS ?? '',
    ...(runsFromSource() ? { PARS_FROM_SOURCE: '1' } : {}),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...env,
  };
}

/** Runs `pars` to the end with a clean, explicit environment (see parsEnv). */
export function runPars(args: string[], env: Record<string, string> = {}, timeoutMs = 90_000) {
  const result = spawnSync(process.execPath, [parsBin, ...args], { env: parsEnv(env), encoding: 'utf8', timeout: timeoutMs });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
