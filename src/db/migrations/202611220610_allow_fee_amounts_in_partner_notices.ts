import { type Kysely, sql } from 'kysely';

/**
 * A fees-paid notice says only "a payment was made" or "fees are up to date", unless the agency
 * decides its partner notices may carry the amount paid (issue #8): `fee_setting` holds that
 * choice, and `partner_notice.amount_cents` the amount, allowed only on a fees-paid notice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table fee_setting add column partner_notice_amounts boolean not null default false`.execute(db);
  await sql`alter table partner_notice add column amount_cents integer
    check (amount_cents is null or (type = 'fees_paid' and amount_cents > 0))`.execute(db);
}
