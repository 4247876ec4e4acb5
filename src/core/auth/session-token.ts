import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new session token: 32 random bytes, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token (a database leak does not yield usable cookies). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The cookie carries the agency id beside the token, so the session is looked up inside the
 * agency's row-level security scope; a forged agency part simply finds nothing.
 */
export function toCookieValue(agencyId: string, token: string): string {
  return `${agencyId}.${token}`;
}

const cookiePattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** Splits a cookie value, or undefined when it is malformed. */
export function parseCookieValue(value: string | undefined): { agencyId: string; token: string } | undefined {
  const match = value ? cookiePattern.exec(value) : null;
  return match ? { agencyId: match[1]!, token: match[2]! } : undefined;
}

/** Constant-time string comparison (CSRF tokens). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
