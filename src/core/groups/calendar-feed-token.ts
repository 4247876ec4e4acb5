import { createHash, randomBytes } from 'node:crypto';

const feedPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})(\.ics)?$/;

/** The stored form of a feed secret: a leaked table yields no working address. */
export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * A new feed token, `<agencyId>.<32 random bytes, base64url>`: like the session cookie, it names
 * its agency, so the lookup runs inside that agency's row-level security scope (a forged agency
 * part finds nothing). Only the secret's hash is stored.
 */
export function newFeedToken(agencyId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${agencyId}.${secret}`, hash: hashFeedSecret(secret) };
}

/** Reads the last path segment of a feed URL (`<agencyId>.<secret>.ics`); undefined when malformed. */
export function parseFeedToken(segment: string): { agencyId: string; hash: string } | undefined {
  const match = feedPattern.exec(segment);
  return match ? { agencyId: match[1]!, hash: hashFeedSecret(match[2]!) } : undefined;
}

/** The feed's address under the API, as the facilitator copies it into a calendar app. */
export function feedPath(token: string): string {
  return `/api/v1/calendar/${token}.ics`;
}
