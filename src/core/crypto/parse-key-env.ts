import { AppError } from '../shared/index.js';
import { decodeKey, isValidKeyId } from './crypto.rules.js';

const source = 'PARS_ENCRYPTION_KEYS';

/**
 * Reads `PARS_ENCRYPTION_KEYS=id:base64[,id:base64…]` and `PARS_ENCRYPTION_ACTIVE_KEY` (default:
 * the first id). Returns undefined when the variable is unset or blank. A malformed entry is
 * refused without echoing it: an entry typed backwards would put the key in the error.
 */
export function parseKeyEnv(env: NodeJS.ProcessEnv): { activeKeyId: string; keys: Record<string, Buffer> } | undefined {
  const raw = env.PARS_ENCRYPTION_KEYS?.trim();
  if (!raw) return undefined;
  const keys: Record<string, Buffer> = {};
  for (const entry of raw.split(',')) {
    const separator = entry.indexOf(':');
    const keyId = entry.slice(0, Math.max(separator, 0)).trim();
    if (separator < 0 || !isValidKeyId(keyId) || Object.hasOwn(keys, keyId)) {
      throw new AppError('invalid', 'crypto.key_env_malformed', {});
    }
    keys[keyId] = decodeKey(entry.slice(separator + 1), { source, keyId });
  }
  const activeKeyId = env.PARS_ENCRYPTION_ACTIVE_KEY?.trim() || Object.keys(keys)[0]!;
  if (!Object.hasOwn(keys, activeKeyId)) {
    // The id is echoed only when it looks like an id (a pasted key does not).
    throw new AppError('invalid', 'crypto.active_key_unknown', { source, keyId: isValidKeyId(activeKeyId) ? activeKeyId : 'unknown' });
  }
  return { activeKeyId, keys };
}
