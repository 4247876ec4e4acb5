/**
 * The keys PARS holds, behind one interface: field encryption (AES-256-GCM, key id stored with
 * each value) and keyed hashes (the audit chain). Implemented by `createKeyring`.
 */
export interface Keyring {
  /** The key new values are encrypted and new audit events are signed with. */
  readonly activeKeyId: string;
  /** Every key id the keyring can still read (old keys stay until nothing uses them). */
  readonly keyIds: readonly string[];
  /**
   * Encrypts `plaintext` with the active key. `context` (e.g. `partner.full_name:<agency>:<id>`)
   * is bound as associated data, so a value copied to another row or column fails to decrypt.
   */
  encrypt(plaintext: string, context: string): string;
  /** Decrypts a value produced by `encrypt` with the same context, whatever key it used. */
  decrypt(envelope: string, context: string): string;
  /** The key id an encrypted value was written with. */
  keyIdOf(envelope: string): string;
  /** HMAC-SHA256 (hex) of `data` under a subkey of `keyId` derived for `purpose`. */
  hmac(keyId: string, purpose: 'audit-chain', data: string): string;
}
