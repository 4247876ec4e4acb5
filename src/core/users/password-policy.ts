import { commonPasswords } from './common-passwords.js';

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_identity';

/**
 * Checks a new password by length (≥ 12, as current guidance prefers length over character
 * rules), against a small built-in list of common passwords, and against the person's own email.
 */
export function checkPassword(password: string, identity: { email: string; displayName?: string }): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < minPasswordLength) return 'too_short';
  if (length > maxPasswordLength) return 'too_long';
  const folded = password.toLowerCase();
  if (commonPasswords.has(folded) || new Set(folded).size <= 2) return 'too_common';
  const local = identity.email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && folded.includes(local)) return 'contains_identity';
  return undefined;
}
