import type { ErrorKind } from './error-kinds.js';

/**
 * Declares a module's error codes with the kind each is thrown with. The declaration is what
 * the catalogue test reads to prove every code has an English and a French message.
 */
export function defineErrorCodes<const T extends Record<string, ErrorKind>>(codes: T): T {
  for (const code of Object.keys(codes)) {
    if (!/^[a-z][a-zA-Z]*(\.[a-z][a-z_]*)+$/.test(code)) {
      throw new Error(`Error code "${code}" must look like "module.snake_case_reason"`);
    }
  }
  return codes;
}
