import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';
import type { ResourceAudience, ResourceCategory } from './resource-record.js';

/** A column the database computes (`generated always … stored`): read only. */
type Computed<T> = ColumnType<T, never, never>;

/** `resource`: one entry of the agency's community resource directory (tenant data, no compartment). */
export interface ResourceTable {
  agency_id: string;
  id: Generated<string>;
  /** Stable per agency (`assaulted-womens-helpline`): defaults and HSDS imports match on it. */
  key: string;
  name: string;
  name_fr: string | null;
  provider: string | null;
  description: string | null;
  description_fr: string | null;
  great_for: string | null;
  great_for_fr: string | null;
  categories: ResourceCategory[];
  audiences: Generated<ResourceAudience[]>;
  languages: Generated<string[]>;
  hours: string | null;
  hours_fr: string | null;
  region: string | null;
  url: string | null;
  email: string | null;
  address: string | null;
  confidential: Generated<boolean>;
  free: boolean | null;
  /** Both names, folded by `pars_search_fold` (no accents, lower case). */
  search_name: Computed<string>;
  /** Names, provider, descriptions, "great for" (both languages) and region, folded. */
  search_text: Computed<string>;
  /** Set when retired; a retired resource is never deleted. */
  retired_at: Date | null;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: string | null;
  version: Generated<number>;
}

/** `resource_phone`: a resource's numbers, in the order shown. */
export interface ResourcePhoneTable {
  agency_id: string;
  resource_id: string;
  position: number;
  kind: 'voice' | 'tty' | 'text' | 'fax';
  /** E.164 (`+18668630511`) or a short code / text number (`686868`). */
  dial: string;
  display: string;
  keyword: string | null;
  note: string | null;
  note_fr: string | null;
}

/** `resource_revision`: the record as it was before a change (a `ResourceRecord` as JSON), who and when. */
export interface ResourceRevisionTable {
  agency_id: string;
  id: Generated<string>;
  resource_id: string;
  /** The version the snapshot had (the change made it `version + 1`). */
  version: number;
  change: 'updated' | 'retired' | 'restored' | 'imported';
  changed_fields: string[];
  previous: unknown;
  revised_at: Timestamp;
  revised_by: string | null;
}

/** `resource_referral_participant` (participant compartment): a resource given to a participant. */
export interface ResourceReferralParticipantTable {
  agency_id: string;
  id: Generated<string>;
  resource_id: string;
  participant_id: string;
  given_on: string;
  given_by: string | null;
  created_at: CreatedAt;
}

/** `resource_referral_partner` (partner compartment, reads and writes): a resource given to a partner. */
export interface ResourceReferralPartnerTable {
  agency_id: string;
  id: Generated<string>;
  resource_id: string;
  partner_id: string;
  given_on: string;
  given_by: string | null;
  created_at: CreatedAt;
}

export interface ResourcesTables {
  resource: ResourceTable;
  resource_phone: ResourcePhoneTable;
  resource_revision: ResourceRevisionTable;
  resource_referral_participant: ResourceReferralParticipantTable;
  resource_referral_partner: ResourceReferralPartnerTable;
}
