import { defineErrorCodes } from '../shared/index.js';

/** The audit module's errors. */
export const auditErrors = defineErrorCodes({
  /** A use case handed `recordAudit` an event outside the catalogue: a bug, so nothing is saved. */
  'audit.event_invalid': 'unexpected',
  /** `recordAudit` could not tell which agency's chain the event belongs to. */
  'audit.agency_unknown': 'unexpected',
  /** `pars audit verify` found a broken link in at least one chain. */
  'audit.chain_broken': 'rule_violation',
  /** `pars audit verify --agency` named an agency that does not exist. */
  'audit.agency_not_found': 'not_found',
  /** The reader holds the permission but their session is not scoped to the audit compartment. */
  'audit.log_forbidden': 'forbidden',
  /** The record is in a compartment the reader does not work in, so it does not exist for them. */
  'audit.record_not_found': 'not_found',
});
