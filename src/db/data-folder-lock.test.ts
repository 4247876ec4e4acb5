import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../core/shared/index.js';
import { acquireDataFolderLock } from './data-folder-lock.js';

const folders: string[] = [];
function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pars-lock-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('refuses a second holder in the same process with the locked error, and frees on release', () => {
    const dir = freshFolder();
    const first = acquireDataFolderLock(dir);
    let refused: unknown;
    try {
      acquireDataFolderLock(dir);
    } catch (error) {
      refused = error;
    }
    expect(isAppError(refused) && refused.code).toBe('system.data_folder_locked');
    first.release();
    expect(existsSync(first.path)).toBe(false);
    acquireDataFolderLock(dir).release();
  });

  it('takes over a stale lock left by a process that no longer runs', () => {
    const dir = freshFolder();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    writeFileSync(join(dir, 'pars.lock'), JSON.stringify({ pid: dead, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const lock = acquireDataFolderLock(dir);
    lock.release();
  });

  it('refuses another process at once while a process holds the folder, and the holder is unharmed', async () => {
    const dir = freshFolder();
    const holder = spawn(process.execPath, [
      '--input-type=module',
      '-e',
      `import { writeFileSync } from 'node:fs';
       import { hostname } from 'node:os';
       writeFileSync(${JSON.stringify(join(dir, 'pars.lock'))}, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '' }));
       console.log('held');
       setInterval(() => {}, 1000);`,
    ]);
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    try {
      const started = Date.now();
      expect(() => acquireDataFolderLock(dir)).toThrow(/data_folder_locked/);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(holder.exitCode).toBeNull();
      expect(existsSync(join(dir, 'pars.lock'))).toBe(true);
    } finally {
      holder.kill();
    }
  });
});
