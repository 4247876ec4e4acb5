import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldContext } from '../../db/encrypted-columns.js';
import { isAppError } from '../shared/index.js';
import { createKeyring } from './create-keyring.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const context = fieldContext('partner', 'full_name', 'agency-a', 'partner-1');

function decryptError(run: () => unknown): { kind: string; code: string; params: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { kind: error.kind, code: error.code, params: error.params, message: error.message };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('createKeyring', () => {
  const keyring = createKeyring({ activeKeyId: 'k1', keys: { k1 } });

  it.each(['Geneviève Côté-Lefèbvre', 'Zoë O’Brien', 'Noël « Jo » Ærø 🙂', ''])('round-trips %j', (text) => {
    const envelope = keyring.encrypt(text, context);
    expect(envelope).toMatch(/^pk1\.k1\.[\w-]{16}\.[\w-]*\.[\w-]{22}$/);
    expect(envelope).not.toContain(text || '\u0000');
    expect(keyring.decrypt(envelope, context)).toBe(text);
  });

  it('uses a fresh IV for every value', () => {
    expect(keyring.encrypt('Marie', context)).not.toBe(keyring.encrypt('Marie', context));
  });

  it('refuses a value moved to another row, column or agency, without revealing it', () => {
    const envelope = keyring.encrypt('Marie Tremblay', context);
    for (const other of [
      fieldContext('partner', 'full_name', 'agency-a', 'partner-2'),
      fieldContext('partner', 'phone', 'agency-a', 'partner-1'),
      fieldContext('partner', 'full_name', 'agency-b', 'partner-1'),
    ]) {
      const error = decryptError(() => keyring.decrypt(envelope, other));
      expect(error).toMatchObject({ kind: 'unexpected', code: 'crypto.decrypt_failed', params: { keyId: 'k1' } });
      expect(JSON.stringify(error)).not.toMatch(/Marie|partner-|agency-/);
    }
  });

  it.each([
    ['the ciphertext', 3],
    ['the tag', 4],
    ['the IV', 2],
  ])('refuses a value whose %s was altered', (_, part) => {
    const parts = keyring.encrypt('Marie Tremblay', context).split('.');
    const bytes = Buffer.from(parts[part]!, 'base64url');
    bytes[0]! ^= 1;
    parts[part] = bytes.toString('base64url');
    expect(decryptError(() => keyring.decrypt(parts.join('.'), context)).code).toBe('crypto.decrypt_failed');
  });

  it.each(['J. Smith', 'pk1.k1.abc', 'pk2.k1.a.b.c', '', 'pk1.k 1.AAAAAAAAAAAAAAAA..AAAAAAAAAAAAAAAAAAAAAA'])('refuses %j as malformed without echoing it', (value) => {
    expect(decryptError(() => keyring.decrypt(value, context)).params).toEqual({ keyId: 'unknown' });
  });

  it('refuses a value under a key it does not hold', () => {
    const other = createKeyring({ activeKeyId: 'k9', keys: { k9: k2 } });
    expect(decryptError(() => keyring.decrypt(other.encrypt('x', context), context)).params).toEqual({ keyId: 'k9' });
  });

  it('still reads values written under k1 once k2 is active', () => {
    const old = keyring.encrypt('Théo Gagnon', context);
    const rotated = createKeyring({ activeKeyId: 'k2', keys: { k1, k2 } });
    expect(rotated.keyIds).toEqual(['k1', 'k2']);
    expect(rotated.decrypt(old, context)).toBe('Théo Gagnon');
    expect(rotated.keyIdOf(rotated.encrypt('Théo Gagnon', context))).toBe('k2');
    expect(rotated.keyIdOf(old)).toBe('k1');
  });

  it('gives a stable, key-dependent HMAC that differs from the encryption key', () => {
    const both = createKeyring({ activeKeyId: 'k1', keys: { k1, k2 } });
    const again = createKeyring({ activeKeyId: 'k1', keys: { k1: Buffer.from(k1) } });
    const mac = both.hmac('k1', 'audit-chain', 'event 1');
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(again.hmac('k1', 'audit-chain', 'event 1')).toBe(mac);
    expect(both.hmac('k2', 'audit-chain', 'event 1')).not.toBe(mac);
    expect(both.hmac('k1', 'audit-chain', 'event 2')).not.toBe(mac);
    expect(createHmac('sha256', k1).update('event 1').digest('hex')).not.toBe(mac);
    expect(decryptError(() => both.hmac('k3', 'audit-chain', 'x')).code).toBe('crypto.key_unknown');
  });

  it.each([
    [{ activeKeyId: 'k1', keys: { k1: randomBytes(16) } }, 'crypto.key_invalid'],
    [{ activeKeyId: 'k1', keys: { k1: randomBytes(33) } }, 'crypto.key_invalid'],
    [{ activeKeyId: 'bad id', keys: { 'bad id': k1 } }, 'crypto.key_invalid'],
    [{ activeKeyId: 'k2', keys: { k1 } }, 'crypto.active_key_unknown'],
  ])('refuses bad key material %#', (input, code) => {
    expect(decryptError(() => createKeyring(input)).code).toBe(code);
  });
});
