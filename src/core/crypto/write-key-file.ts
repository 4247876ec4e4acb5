import { closeSync, fchmodSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/**
 * Writes a key file atomically with mode 0600: a temporary file is written, flushed and then
 * renamed over the old one, so a crash leaves the old file or the new one, never half a key.
 * With `createOnly`, the file is linked into place instead and nothing is replaced: two first
 * starts racing cannot each write a key and lose the one the other already used. Returns false
 * when `createOnly` found a file already there.
 */
export function writeKeyFile(path: string, material: { activeKeyId: string; keys: Record<string, Buffer> }, options: { createOnly?: boolean } = {}): boolean {
  const keys = Object.fromEntries(Object.entries(material.keys).map(([keyId, key]) => [keyId, key.toString('base64')]));
  const text = `${JSON.stringify({ active: material.activeKeyId, keys }, null, 2)}\n`;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (!options.createOnly) {
      renameSync(temporary, path);
      return true;
    }
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if (options.createOnly && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
