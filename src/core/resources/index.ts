/*
 * The community resource directory (issue #6): the one entry other modules and adapters import.
 * For the HSDS import/export and the information packs: `findResources(db, filter)` and
 * `getResource(db, id)` read inside your own transaction (row-level security scopes them to one
 * agency), `recordOf` gives a resource's `ResourceRecord`, and `upsertResourcesFromRecords(trx,
 * agencyId, records, now)` writes records in your transaction (see its JSDoc).
 */
export * from './resource-record.js';
export * from './resources.schema.js';
export { resourcesErrors } from './resources.errors.js';
export { findResources, getResource, recordOf, searchWords, type ResourceFilter } from './resources.queries.js';
export { upsertResourcesFromRecords, changedResourceFields, type UpsertResourcesResult } from './upsert-resources.js';
export { normalizeResourcePhones, normalizeDial } from './normalize-resource-phones.js';
export { defaultResources } from './default-resources.js';
export { loadDefaultResources, type LoadDefaultResourcesResult } from './load-default-resources.js';
export { searchResources, readResource, listResourceRevisions } from './search-resources.js';
export { createResource, updateResource } from './save-resource.js';
export { retireResource, restoreResource } from './retire-resource.js';
export { giveResourceToParticipant, giveResourceToPartner, listParticipantResourceReferrals, listPartnerResourceReferrals } from './give-resource.js';
