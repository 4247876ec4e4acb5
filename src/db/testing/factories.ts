import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/** A fresh agency (unique slug), created as the owner, as an operator would. */
export async function givenAgency(db: Kysely<DB>, overrides: { name?: string } = {}): Promise<{ id: string; slug: string; name: string }> {
  const slug = `t-${randomUUID().slice(0, 12)}`;
  const name = overrides.name ?? `Agency ${slug}`;
  const row = await db.insertInto('agency').values({ slug, name }).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, slug, name };
}

/** A site of an agency. */
export async function givenSite(
  db: Kysely<DB>,
  agencyId: string,
  overrides: { name?: string; timeZone?: string } = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Site ${randomUUID().slice(0, 8)}`;
  const row = await db
    .insertInto('site')
    .values({ agency_id: agencyId, name, time_zone: overrides.timeZone ?? 'America/Toronto' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, name };
}
