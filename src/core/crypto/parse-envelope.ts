import { AppError } from '../shared/index.js';
import { isValidKeyId } from './crypto.rules.js';

/** The envelope's version tag; a future format gets `pk2` and both can be read side by side. */
export const envelopeVersion = 'pk1';

/** The parts of `pk1.<keyId>.<iv>.<ciphertext>.<tag>` (binary parts decoded). */
export interface Envelope {
  keyId: string;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const ivLength = 12;
const tagLength = 16;
const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** Writes an envelope; every part is URL-safe base64, so `.` can only be a separator. */
export function formatEnvelope(envelope: Envelope): string {
  const { keyId, iv, ciphertext, tag } = envelope;
  return [envelopeVersion, keyId, iv.toString('base64url'), ciphertext.toString('base64url'), tag.toString('base64url')].join('.');
}

/**
 * Reads an envelope, or throws `crypto.decrypt_failed`. The key id is reported only once the
 * value is known to be an envelope: a stray plaintext ("J. Smith") must never reach an error.
 */
export function parseEnvelope(value: string): Envelope {
  const parts = value.split('.');
  const [version, keyId, iv, ciphertext, tag] = parts;
  if (parts.length !== 5 || version !== envelopeVersion || keyId === undefined || !isValidKeyId(keyId)) {
    throw new AppError('unexpected', 'crypto.decrypt_failed', { keyId: 'unknown' });
  }
  const decoded = [iv, ciphertext, tag].map((part) => decode(part));
  const [ivBytes, ciphertextBytes, tagBytes] = decoded;
  if (!ivBytes || !ciphertextBytes || !tagBytes || ivBytes.length !== ivLength || tagBytes.length !== tagLength) {
    throw new AppError('unexpected', 'crypto.decrypt_failed', { keyId });
  }
  return { keyId, iv: ivBytes, ciphertext: ciphertextBytes, tag: tagBytes };
}

function decode(part: string | undefined): Buffer | undefined {
  // A length of 1 mod 4 cannot come from base64url; Node would quietly drop the extra character.
  if (part === undefined || !base64UrlPattern.test(part) || part.length % 4 === 1) return undefined;
  return Buffer.from(part, 'base64url');
}
