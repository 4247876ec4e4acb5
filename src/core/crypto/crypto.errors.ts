import { defineErrorCodes } from '../shared/index.js';

/**
 * Key configuration problems are `invalid` (exit 65: the operator must fix a setting); a value
 * that cannot be decrypted is `unexpected` (a lost key or a corrupted row, never the user's doing).
 * Params name the source and key id only: never a key, a plaintext or an encryption context.
 */
export const cryptoErrors = defineErrorCodes({
  'crypto.key_missing': 'invalid',
  'crypto.key_invalid': 'invalid',
  'crypto.key_env_malformed': 'invalid',
  'crypto.key_file_malformed': 'invalid',
  'crypto.key_file_unreadable': 'invalid',
  'crypto.active_key_unknown': 'invalid',
  'crypto.key_still_used': 'invalid',
  'crypto.key_unknown': 'unexpected',
  'crypto.decrypt_failed': 'unexpected',
});
