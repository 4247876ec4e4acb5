import { createHash } from 'node:crypto';

/** PARS's own UUID namespace for HSDS identifiers (random, fixed forever: changing it changes every exported id). */
const parsNamespace = 'a4c1f0d2-5e8b-4c7a-9f13-2b6d8e0c4a71';

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) in PARS's namespace. HSDS wants UUIDs; PARS
 * keys resources by an agency-independent `key`, so every agency exports the same resource
 * under the same id, and the same export re-imported finds the same records.
 */
export function uuidV5(name: string, namespace: string = parsNamespace): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The HSDS ids PARS writes, each derived from what identifies the object in PARS. */
export const hsdsId = {
  service: (key: string) => uuidV5(`service:${key}`),
  /** A provider's organization: shared by every resource it runs. */
  organization: (provider: string) => uuidV5(`organization:${provider}`),
  /** HSDS links every service to an organization; a resource without a provider gets one of its own. */
  ownOrganization: (key: string) => uuidV5(`organization-of-service:${key}`),
  part: (key: string, part: string) => uuidV5(`service:${key}:${part}`),
  taxonomy: (code: string) => uuidV5(`taxonomy:${code}`),
  taxonomyTerm: (taxonomyCode: string, termCode: string) => uuidV5(`taxonomy-term:${taxonomyCode}:${termCode}`),
};
