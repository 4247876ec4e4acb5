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

/** A participant in a given case state (defaults: a man waiting for an English men's group). */
export async function givenParticipant(
  db: Kysely<DB>,
  agencyId: string,
  overrides: { givenName?: string; familyName?: string; caseState?: string; groupGender?: 'men' | 'women'; language?: 'en' | 'fr'; email?: string; remindersOptIn?: boolean } = {},
): Promise<{ id: string }> {
  return db
    .insertInto('participant')
    .values({
      agency_id: agencyId,
      given_name: overrides.givenName ?? 'Alex',
      family_name: overrides.familyName ?? `Sample-${Math.random().toString(36).slice(2, 8)}`,
      preferred_name: null,
      date_of_birth: '1985-04-12',
      gender: overrides.groupGender === 'women' ? 'woman' : 'man',
      group_gender: overrides.groupGender ?? 'men',
      pronouns: null,
      language: overrides.language ?? 'en',
      language_other: null,
      phone: null,
      email: overrides.email ?? null,
      street: null,
      city: null,
      province: null,
      postal_code: null,
      accessibility_needs: null,
      created_by: null,
      case_state: overrides.caseState ?? 'waitlisted',
      reminders_opt_in: overrides.remindersOptIn ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
