import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../shared/index.js';
import { decodeKey, isValidKeyId } from './crypto.rules.js';

/** A warning for the operator, as a message key of src/i18n/crypto and its values. */
export interface KeyWarning {
  key: string;
  values: Record<string, string>;
}

/** The keys of a key file, decoded. */
export interface KeyFileContent {
  activeKeyId: string;
  keys: Record<string, Buffer>;
}

type OnWarning = (warning: KeyWarning) => void;

/**
 * Reads a key file `{ "active": "k1", "keys": { "k1": "<base64 32 bytes>" } }`. Returns undefined
 * when the file does not exist and `missingOk` is set; every other problem is refused with the
 * file's path (never its content). Warns when others than the owner may read it.
 */
export function readKeyFile(path: string, options?: { onWarning?: OnWarning | undefined }): KeyFileContent;
export function readKeyFile(path: string, options: { missingOk: true; onWarning?: OnWarning | undefined }): KeyFileContent | undefined;
export function readKeyFile(path: string, options: { missingOk?: boolean; onWarning?: OnWarning | undefined } = {}): KeyFileContent | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unknown';
    if (reason === 'ENOENT' && options.missingOk) return undefined;
    throw new AppError('invalid', 'crypto.key_file_unreadable', { path, reason }, { cause });
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    options.onWarning?.({ key: 'crypto.warning.key_file_permissions', values: { path } });
  }
  const parsed = parseJson(text);
  const entries = isRecord(parsed) && isRecord(parsed.keys) ? Object.entries(parsed.keys) : [];
  const active = isRecord(parsed) ? parsed.active : undefined;
  if (typeof active !== 'string' || entries.length === 0 || entries.some(([id, value]) => !isValidKeyId(id) || typeof value !== 'string')) {
    throw new AppError('invalid', 'crypto.key_file_malformed', { path });
  }
  const keys: Record<string, Buffer> = {};
  for (const [keyId, value] of entries) keys[keyId] = decodeKey(value as string, { source: path, keyId });
  if (!Object.hasOwn(keys, active)) {
    throw new AppError('invalid', 'crypto.active_key_unknown', { source: path, keyId: isValidKeyId(active) ? active : 'unknown' });
  }
  return { activeKeyId: active, keys };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
