import { defaultResources } from '../resources/default-resources.js';
import type { ResourceRecord } from '../resources/resource-record.js';

const forPartners = new Set(['person_harmed', 'children_youth', 'anyone']);

/**
 * The crisis lines a partner pack lists: the directory's crisis lines meant for people who have
 * experienced violence, their children, or anyone (not those only for people who used violence).
 */
export function crisisLinesForPartners(resources: readonly ResourceRecord[]): ResourceRecord[] {
  return resources.filter(
    (resource) => resource.categories.includes('crisis_line') && !resource.confidential && (resource.audiences.length === 0 || resource.audiences.some((audience) => forPartners.has(audience))),
  );
}

/** When the agency's directory has none (defaults not loaded, all retired): the seeds' crisis lines. */
export const defaultCrisisLines: readonly ResourceRecord[] = crisisLinesForPartners(defaultResources);
