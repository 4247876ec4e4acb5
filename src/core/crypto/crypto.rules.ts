import { AppError } from '../shared/index.js';

/** AES-256 needs exactly 32 bytes; anything else is a configuration mistake, never padded. */
export const keyLength = 32;

/** Key ids travel inside every envelope, so they are short and need no escaping. */
export const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** True when `keyId` may name a key. */
export function isValidKeyId(keyId: string): boolean {
  return keyIdPattern.test(keyId);
}

/**
 * Decodes a base64 key and checks its length. Strict on purpose: Node's decoder silently skips
 * bad characters, which would turn a mistyped key into a different, shorter one.
 */
export function decodeKey(encoded: string, where: { source: string; keyId: string }): Buffer {
  const text = encoded.trim();
  const key = base64Pattern.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (!key || key.length !== keyLength) {
    throw new AppError('invalid', 'crypto.key_invalid', { source: where.source, keyId: where.keyId });
  }
  return key;
}

/**
 * The id for a key created on `now` (UTC day, e.g. `k20261121`), with `-2`, `-3` … when a key of
 * that day already exists, so a second rotation on one day never reuses an id.
 */
export function newKeyId(now: Date, existing: readonly string[]): string {
  const base = `k${now.toISOString().slice(0, 10).replaceAll('-', '')}`;
  if (!existing.includes(base)) return base;
  let suffix = 2;
  while (existing.includes(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
