import type { Kysely } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import type { Keyring } from '../crypto/keyring.js';
import { AppError } from '../shared/app-error.js';
import { SafetyPlanContent, type SafetyPlanVersion, type SafetyPlanVersionItem } from './safety-plans.schema.js';

/** The partner, or 404: outside the partner compartment the row-level policy hides the row. */
export async function requirePartner(db: Kysely<DB>, partnerId: string): Promise<{ id: string; language: 'en' | 'fr' | 'other' | null }> {
  const row = await db.selectFrom('partner').select(['id', 'language']).where('id', '=', partnerId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'partners.not_found', {});
  return row;
}

function baseQuery(db: Kysely<DB>, partnerId: string) {
  return db
    .selectFrom('safety_plan as p')
    .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.created_by'))
    .select(['p.id', 'p.agency_id', 'p.version', 'p.wanted', 'p.content_encrypted', 'p.created_at', 'p.created_by', 'u.display_name'])
    .where('p.partner_id', '=', partnerId);
}

type PlanRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function item(row: PlanRow): SafetyPlanVersionItem {
  return { version: row.version, wanted: row.wanted, savedAt: row.created_at.toISOString(), savedBy: row.created_by ? { id: row.created_by, name: row.display_name ?? '' } : null };
}

/**
 * A version with its content. Content that does not read as a plan (written by an older
 * release, or by hand) is refused in words naming the version, never a 500 or its text.
 */
function withContent(keyring: Keyring, row: PlanRow): SafetyPlanVersion {
  if (!row.content_encrypted) return { ...item(row), content: null };
  const text = keyring.decrypt(row.content_encrypted, fieldContext('safety_plan', 'content', row.agency_id, row.id));
  let parsed: ReturnType<typeof SafetyPlanContent.safeParse> | undefined;
  try {
    parsed = SafetyPlanContent.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) throw new AppError('rule_violation', 'safetyPlans.unreadable', { version: row.version });
  return { ...item(row), content: parsed.data };
}

/** Every version of the partner's plan, newest first, without content. */
export async function findPlanVersions(db: Kysely<DB>, partnerId: string): Promise<SafetyPlanVersionItem[]> {
  return (await baseQuery(db, partnerId).orderBy('p.version', 'desc').execute()).map(item);
}

/** One version with its content decrypted (the newest when `version` is left out), or none. */
export async function findPlanVersion(db: Kysely<DB>, keyring: Keyring, partnerId: string, version?: number): Promise<SafetyPlanVersion | undefined> {
  let query = baseQuery(db, partnerId).orderBy('p.version', 'desc').limit(1);
  if (version !== undefined) query = query.where('p.version', '=', version);
  const row = await query.executeTakeFirst();
  return row ? withContent(keyring, row) : undefined;
}

/** Every version with its content, newest first (the partner's own record). */
export async function findAllPlanVersions(db: Kysely<DB>, keyring: Keyring, partnerId: string): Promise<SafetyPlanVersion[]> {
  return (await baseQuery(db, partnerId).orderBy('p.version', 'desc').execute()).map((row) => withContent(keyring, row));
}
