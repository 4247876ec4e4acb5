import { randomBytes } from 'node:crypto';
import { keyLength, newKeyId } from './crypto.rules.js';
import { readKeyFile } from './read-key-file.js';
import { writeKeyFile } from './write-key-file.js';

/**
 * Adds a freshly generated key to the PARS-managed key file and makes it the active one. Old keys
 * stay: values not yet re-encrypted and audit events already signed still need them.
 * Returns the file's new content.
 */
export function addKeyToFile(path: string, now: Date = new Date()): { activeKeyId: string; keys: Record<string, Buffer> } {
  const current = readKeyFile(path);
  const activeKeyId = newKeyId(now, Object.keys(current.keys));
  const next = { activeKeyId, keys: { ...current.keys, [activeKeyId]: randomBytes(keyLength) } };
  writeKeyFile(path, next);
  return next;
}
