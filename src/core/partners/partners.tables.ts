import type { CreatedAt } from '../../db/column-types.js';

/** `partner` (partner compartment): the person harmed or the current partner. Name encrypted. */
export interface PartnerTable {
  agency_id: string;
  id: string;
  full_name_encrypted: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface PartnersTables {
  partner: PartnerTable;
}
