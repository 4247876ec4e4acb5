import { addKeyToFile, createKeyring, findStaleValues, loadKeyMaterial, rotateKeys } from '../../core/crypto/index.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openMigratedDatabase } from '../open-migrated-database.js';

/**
 * `pars keys rotate [--continue]`: with the PARS-managed key file, generate a key, make it active
 * and re-encrypt every value with it. With keys from the environment or PARS_KEY_FILE (which PARS
 * never rewrites), after an interrupted rotation, or with --continue: only re-encrypt, to the
 * configured active key. The database is opened first, so a running PGlite server (holding the
 * data folder) is refused before the key file changes under it.
 */
export async function keysRotate(config: EnvConfig, options: { continue: boolean }): Promise<void> {
  const say = (key: string, values: Record<string, string | number> = {}): void => {
    process.stdout.write(`${translate(config.locale, key, values)}\n`);
  };
  const { database } = await openMigratedDatabase(config);
  try {
    const material = loadKeyMaterial({
      env: process.env,
      dataDir: config.dataDir,
      production: process.env.PARS_ENV === 'production' || process.env.NODE_ENV === 'production',
      onWarning: (warning) => process.stderr.write(`pars: ${translate(config.locale, warning.key, warning.values)}\n`),
    });
    let keyring = createKeyring(material);
    const stale = await findStaleValues(database.kysely, keyring.activeKeyId);
    if (material.source !== 'generated-key-file') {
      say('cli.keys_rotate.configured_keys', { source: material.keyFilePath ?? 'PARS_ENCRYPTION_KEYS', keyId: keyring.activeKeyId });
    } else if (stale.length > 0) {
      say('cli.keys_rotate.resuming', { keyId: keyring.activeKeyId });
    } else if (options.continue) {
      say('cli.keys_rotate.continuing', { keyId: keyring.activeKeyId });
    } else {
      keyring = createKeyring(addKeyToFile(material.keyFilePath!));
      say('cli.keys_rotate.new_key', { keyId: keyring.activeKeyId, path: material.keyFilePath! });
    }
    const { reencrypted } = await rotateKeys(database.kysely, keyring, {
      onProgress: (progress) => say('cli.keys_rotate.progress', { ...progress }),
    });
    say('cli.keys_rotate.done', { count: reencrypted, keyId: keyring.activeKeyId });
    const remaining = (await findStaleValues(database.kysely, keyring.activeKeyId)).reduce((sum, entry) => sum + entry.count, 0);
    if (remaining > 0) say('cli.keys_rotate.remaining', { count: remaining });
  } finally {
    await database.close();
  }
}
