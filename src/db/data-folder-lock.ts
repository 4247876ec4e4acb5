import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../core/shared/index.js';

/** A held lock on a data folder; release it when the database is closed. */
export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

/** Locks this process holds: a second open of the same folder in one process is refused too. */
const heldHere = new Set<string>();

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * Takes the single-writer lock of a PGlite data folder, or refuses at once.
 * PGlite has no lock of its own and two processes on one folder corrupt it. The lock is a file
 * created with O_EXCL holding the owner's pid; a lock whose process no longer runs on this
 * host is stale and taken over, so a crash never needs a manual clean-up
 * (docs/decisions/002-database-dialects.md).
 */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'pars.lock');
  if (heldHere.has(path)) {
    throw new AppError('unavailable', 'system.data_folder_locked', { dataDir, pid: process.pid, host: hostname() });
  }
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      heldHere.add(path);
      return {
        path,
        release: () => {
          heldHere.delete(path);
          releaseIfMine(path, me.pid);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && isAlive(owner)) {
        throw new AppError('unavailable', 'system.data_folder_locked', {
          dataDir,
          pid: owner.pid,
          host: owner.host,
        });
      }
      // Stale (its process is gone) or unreadable (a crash mid-write): take it over.
      rmSync(path, { force: true });
    }
  }
  throw new AppError('unavailable', 'system.data_folder_locked', { dataDir, pid: 0, host: hostname() });
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, startedAt: String(parsed.startedAt ?? '') };
    }
  } catch {
    // Fall through: an unreadable lock file cannot name a live owner.
  }
  return undefined;
}

function isAlive(owner: LockOwner): boolean {
  // Another host's process cannot be probed; a shared folder locked from elsewhere stays locked.
  if (owner.host !== hostname()) return true;
  // Our own pid, but not held by us (checked above): left by an earlier run of a container
  // whose process is always pid 1.
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfMine(path: string, pid: number): void {
  const owner = readOwner(path);
  if (owner?.pid === pid) rmSync(path, { force: true });
}
