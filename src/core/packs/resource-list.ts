import type { ResourceRecord } from '../resources/resource-record.js';
import type { PackText } from './pack-text.js';
import type { Pack } from './render-pack.js';
import { resourceBlocks } from './resource-lines.js';

/**
 * The resource list a worker chooses for a person (issue #6 item 5c), in the order chosen.
 * Confidential addresses are left out unless `includeConfidentialAddresses` is true.
 */
export function resourceListPack(
  text: PackText,
  agencyName: string,
  resources: readonly ResourceRecord[],
  options: { includeConfidentialAddresses: boolean },
): Pack {
  return {
    title: text.t('pack.resources.title'),
    blocks: [{ type: 'paragraph', text: text.t('pack.resources.intro', { agency: agencyName }) }, ...resources.flatMap((resource) => resourceBlocks(resource, text, options))],
  };
}
