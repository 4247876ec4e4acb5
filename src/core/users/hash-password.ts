import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) at OWASP's baseline: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** An argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummy: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown user) it verifies against a dummy hash, so
 * an unknown user and a wrong password take the same time and get the same answer.
 */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword('pars-dummy-password-for-timing');
  const target = stored ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return stored !== undefined && ok;
}
