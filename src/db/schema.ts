import type { ColumnType, Generated } from 'kysely';

/** A timestamptz column: read as Date, written as Date or ISO string, defaulted by the database. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** `agency`: the tenant. Every other tenant row carries its id. */
export interface AgencyTable {
  id: Generated<string>;
  slug: string;
  name: string;
  name_fr: string | null;
  created_at: CreatedAt;
}

/** `site`: a place where groups meet; its IANA time zone decides local session times. */
export interface SiteTable {
  agency_id: string;
  id: Generated<string>;
  name: string;
  name_fr: string | null;
  time_zone: string;
  created_at: CreatedAt;
}

/** The database as Kysely sees it. Each table is owned by one module (see MODULES.md). */
export interface DB {
  agency: AgencyTable;
  site: SiteTable;
}
