import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../shared/index.js';
import { keyLength, newKeyId } from './crypto.rules.js';
import { parseKeyEnv } from './parse-key-env.js';
import { type KeyWarning, readKeyFile } from './read-key-file.js';
import { writeKeyFile } from './write-key-file.js';

/**
 * Where the keys came from. `generated-key-file` is `<dataDir>/keys.json`, the file PARS created
 * (on this start or an earlier one) and manages: only that one may `pars keys rotate` rewrite.
 */
export type KeySource = 'env' | 'key-file' | 'generated-key-file';

/** The keys PARS starts with, ready for `createKeyring`. */
export interface KeyMaterial {
  activeKeyId: string;
  keys: Record<string, Buffer>;
  source: KeySource;
  keyFilePath?: string;
}

export interface LoadKeyMaterialOptions {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  /** `PARS_ENV` or `NODE_ENV` is `production`: keys must be supplied, never generated. */
  production: boolean;
  onWarning?: (warning: KeyWarning) => void;
  /** The day a generated key is named after (tests pin it). */
  now?: Date;
}

/** The PARS-managed key file of a data folder. */
export function managedKeyFilePath(dataDir: string): string {
  return join(dataDir, 'keys.json');
}

/**
 * Finds the encryption keys: `PARS_ENCRYPTION_KEYS`, else `PARS_KEY_FILE`, else
 * `<dataDir>/keys.json`, which outside production is generated on first start so a trial needs
 * no set-up. Production refuses to generate: a key created silently beside the data it protects
 * would be backed up with it, and lost with the server.
 */
export function loadKeyMaterial(options: LoadKeyMaterialOptions): KeyMaterial {
  const fromEnv = parseKeyEnv(options.env);
  if (fromEnv) return { ...fromEnv, source: 'env' };

  const keyFile = options.env.PARS_KEY_FILE?.trim();
  if (keyFile) return { ...readKeyFile(keyFile, { onWarning: options.onWarning }), source: 'key-file', keyFilePath: keyFile };

  const path = managedKeyFilePath(options.dataDir);
  const existing = readKeyFile(path, { missingOk: true, onWarning: options.onWarning });
  if (existing) {
    if (options.production) options.onWarning?.({ key: 'crypto.warning.managed_key_file_in_production', values: { path } });
    return { ...existing, source: 'generated-key-file', keyFilePath: path };
  }
  if (options.production) throw new AppError('invalid', 'crypto.key_missing', {});

  const activeKeyId = newKeyId(options.now ?? new Date(), []);
  const created = writeKeyFile(path, { activeKeyId, keys: { [activeKeyId]: randomBytes(keyLength) } }, { createOnly: true });
  // Another process won the race to create it: use its key, the one it may already have used.
  const material = readKeyFile(path, { onWarning: options.onWarning });
  if (created) options.onWarning?.({ key: 'crypto.warning.key_generated', values: { path } });
  return { ...material, source: 'generated-key-file', keyFilePath: path };
}
