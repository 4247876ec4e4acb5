export type { Keyring } from './keyring.js';
export { createKeyring, type KeyringInput } from './create-keyring.js';
export { loadKeyMaterial, managedKeyFilePath, type KeyMaterial, type KeySource, type LoadKeyMaterialOptions } from './load-key-material.js';
export type { KeyWarning } from './read-key-file.js';
export { addKeyToFile } from './add-key-to-file.js';
export { rotateKeys, type RotateKeysOptions, type RotationProgress } from './rotate-keys.js';
export { findStaleValues, type StaleValues } from './find-stale-values.js';
export { cryptoErrors } from './crypto.errors.js';
