import { createKeyring, type Keyring, loadKeyMaterial } from '../core/crypto/index.js';
import { translate } from '../i18n/translate.js';
import type { EnvConfig } from './env-config.js';

/** The keyring from the configured keys; warnings (e.g. a key file just generated) go to stderr. */
export function openKeyring(config: EnvConfig): Keyring {
  const material = loadKeyMaterial({
    env: process.env,
    dataDir: config.dataDir,
    production: config.production,
    onWarning: (warning) => process.stderr.write(`pars: ${translate(config.locale, warning.key, warning.values)}\n`),
  });
  return createKeyring({ activeKeyId: material.activeKeyId, keys: material.keys });
}
