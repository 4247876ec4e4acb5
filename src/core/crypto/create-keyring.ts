import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../shared/index.js';
import { isValidKeyId, keyLength } from './crypto.rules.js';
import type { Keyring } from './keyring.js';
import { formatEnvelope, parseEnvelope } from './parse-envelope.js';

/** The key material a keyring is built from (see `loadKeyMaterial`). */
export interface KeyringInput {
  activeKeyId: string;
  keys: Record<string, Buffer>;
}

/** HKDF `info` labels: one master key, one independent subkey per purpose. */
const purposes = { fieldEncryption: 'pars:field-encryption', auditChain: 'pars:audit-chain' } as const;

interface Subkeys {
  fieldEncryption: Buffer;
  auditChain: Buffer;
}

/**
 * Builds the keyring. Each master key is used only through HKDF-SHA256 subkeys, so the key that
 * encrypts fields never also signs the audit chain (a weakness in one use cannot leak into the
 * other). The master keys are copied: later changes to the caller's buffers have no effect.
 */
export function createKeyring(input: KeyringInput): Keyring {
  const subkeys = new Map<string, Subkeys>();
  for (const [keyId, master] of Object.entries(input.keys)) {
    if (!isValidKeyId(keyId) || master.length !== keyLength) {
      throw new AppError('invalid', 'crypto.key_invalid', { source: 'keyring', keyId: isValidKeyId(keyId) ? keyId : 'unknown' });
    }
    subkeys.set(keyId, { fieldEncryption: derive(master, purposes.fieldEncryption), auditChain: derive(master, purposes.auditChain) });
  }
  const activeKeyId = input.activeKeyId;
  const active = subkeys.get(activeKeyId);
  if (!active) throw new AppError('invalid', 'crypto.active_key_unknown', { source: 'keyring', keyId: isValidKeyId(activeKeyId) ? activeKeyId : 'unknown' });

  return Object.freeze({
    activeKeyId,
    keyIds: Object.freeze([...subkeys.keys()]),
    encrypt(plaintext: string, context: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', active.fieldEncryption, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return formatEnvelope({ keyId: activeKeyId, iv, ciphertext, tag: cipher.getAuthTag() });
    },
    decrypt(value: string, context: string): string {
      const envelope = parseEnvelope(value);
      const key = subkeys.get(envelope.keyId)?.fieldEncryption;
      // One code for unknown key, tampering and a wrong context: the reader learns nothing more.
      if (!key) throw new AppError('unexpected', 'crypto.decrypt_failed', { keyId: envelope.keyId });
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, envelope.iv, { authTagLength: 16 });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(envelope.tag);
        return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]).toString('utf8');
      } catch {
        throw new AppError('unexpected', 'crypto.decrypt_failed', { keyId: envelope.keyId });
      }
    },
    keyIdOf(value: string): string {
      return parseEnvelope(value).keyId;
    },
    hmac(keyId: string, purpose: 'audit-chain', data: string): string {
      const key = subkeys.get(keyId);
      if (!key || purpose !== 'audit-chain') throw new AppError('unexpected', 'crypto.key_unknown', { keyId: isValidKeyId(keyId) ? keyId : 'unknown' });
      return createHmac('sha256', key.auditChain).update(data, 'utf8').digest('hex');
    },
  });
}

function derive(master: Buffer, info: string): Buffer {
  // No salt: the master keys are already uniformly random (RFC 5869 §3.1); `info` separates uses.
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, keyLength));
}
