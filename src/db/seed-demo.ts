import type { Kysely } from 'kysely';
import type { Role } from '../core/access/roles.js';
import { recordAudit } from '../core/audit/index.js';
import { loadDefaultResources } from '../core/resources/index.js';
import type { Keyring } from '../core/crypto/keyring.js';
import { systemClock } from '../core/shared/index.js';
import type { Ctx } from '../core/shared/ctx.js';
import { hashPassword } from '../core/users/hash-password.js';
import type { DB } from './schema.js';
import { scopeToAgency } from './scoped-database.js';
import { seedDemoCases } from './seed-demo-cases.js';
import { seedDemoFees } from './seed-demo-fees.js';
import { seedDemoPartners } from './seed-demo-partners.js';
import { seedDemoProgram } from './seed-demo-program.js';
import { seedDemoReports } from './seed-demo-reports.js';
import { seedDemoAudit } from './seed-demo-audit.js';

export const demoAgencySlug = 'demo';

/** The one password of every demo account (README: "Sign in to the demo"). Demo data only. */
export const demoPassword = 'Demo-Password-2026';

/** The demo agency and its two sites, in two Ontario time zones (Toronto is Eastern, Kenora Central). */
const demo = {
  slug: demoAgencySlug,
  name: 'Demo Agency',
  nameFr: 'Agence de démonstration',
  sites: [
    { name: 'Toronto – Downtown', nameFr: 'Toronto – Centre-ville', timeZone: 'America/Toronto' },
    { name: 'Kenora', nameFr: 'Kenora', timeZone: 'America/Winnipeg' },
  ],
};

/** One demo account per role, so a newcomer can see PARS as each member of an agency does. */
export const demoUsers: { email: string; displayName: string; locale: 'en-CA' | 'fr-CA'; role: Role }[] = [
  { email: 'intake@demo.pars.test', displayName: 'Isabelle Tremblay', locale: 'fr-CA', role: 'intake' },
  { email: 'facilitator@demo.pars.test', displayName: 'Marcus Lee', locale: 'en-CA', role: 'facilitator' },
  { email: 'facilitator2@demo.pars.test', displayName: 'Sophie Bélanger', locale: 'fr-CA', role: 'facilitator' },
  { email: 'partner.contact@demo.pars.test', displayName: 'Nadia Haddad', locale: 'en-CA', role: 'partner_contact' },
  { email: 'partner.lead@demo.pars.test', displayName: 'Claire Dubois', locale: 'fr-CA', role: 'partner_contact_lead' },
  { email: 'manager@demo.pars.test', displayName: 'Daniel Okafor', locale: 'en-CA', role: 'manager' },
  { email: 'finance@demo.pars.test', displayName: 'Priya Sharma', locale: 'en-CA', role: 'finance' },
  { email: 'admin@demo.pars.test', displayName: 'Alex Martin', locale: 'en-CA', role: 'admin' },
  { email: 'auditor@demo.pars.test', displayName: 'Jean-Luc Gagnon', locale: 'fr-CA', role: 'auditor' },
];

/**
 * Creates the demo agency with two sites, one account per role (two facilitators), referrals in
 * every state (with partners dropped to the partner-contact team), program streams and two
 * running groups with weeks of attendance, the default resource directory, and the second factor turned off
 * (the web app then warns on every page). Idempotent: running it again changes nothing and never
 * touches what staff entered. The agency is an operator's act; its accounts are written through
 * the agency's row-level security and audited as the system.
 */
export async function seedDemo(kysely: Kysely<DB>, keyring: Keyring): Promise<{ agencyId: string; created: boolean }> {
  const { agencyId, created } = await kysely.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('agency')
      .values({ slug: demo.slug, name: demo.name, name_fr: demo.nameFr })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    const agency = inserted ?? (await trx.selectFrom('agency').select('id').where('slug', '=', demo.slug).executeTakeFirstOrThrow());
    for (const site of demo.sites) {
      await trx
        .insertInto('site')
        .values({ agency_id: agency.id, name: site.name, name_fr: site.nameFr, time_zone: site.timeZone })
        .onConflict((oc) => oc.columns(['agency_id', 'name']).doNothing())
        .execute();
    }
    return { agencyId: agency.id, created: inserted !== undefined };
  });
  const passwordHash = await hashPassword(demoPassword);
  const ctx: Ctx = { actor: { kind: 'system', reason: 'demo seed' }, db: scopeToAgency(kysely, agencyId), keyring, now: systemClock.now(), locale: 'en-CA', requestId: 'seed-demo' };
  await ctx.db.transaction(async (trx) => {
    await trx.insertInto('agency_setting').values({ agency_id: agencyId, mfa_required: false }).onConflict((oc) => oc.column('agency_id').doNothing()).execute();
    for (const user of demoUsers) {
      const row = await trx
        .insertInto('app_user')
        .values({ agency_id: agencyId, email: user.email, display_name: user.displayName, preferred_locale: user.locale, password_hash: passwordHash })
        .onConflict((oc) => oc.columns(['agency_id', 'email']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      await trx.insertInto('role_grant').values({ agency_id: agencyId, user_id: row.id, role: user.role }).execute();
      await recordAudit(ctx, trx, { type: 'user.created', subject: { type: 'user', id: row.id }, details: { roles: [user.role] } });
    }
  });
  const site = await kysely.selectFrom('site').select('id').where('agency_id', '=', agencyId).where('name', '=', demo.sites[0]!.name).executeTakeFirstOrThrow();
  const caseCtx = { ...ctx, db: scopeToAgency(kysely, agencyId, { compartments: ['participant'] }) };
  await seedDemoCases(caseCtx, site.id);
  const facilitators = await kysely
    .selectFrom('app_user')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('email', 'in', ['facilitator@demo.pars.test', 'facilitator2@demo.pars.test'])
    // Marcus Lee (facilitator@) first, Sophie Bélanger second.
    .orderBy('email', 'desc')
    .execute();
  await seedDemoProgram(caseCtx, { agencyId, siteId: site.id, facilitatorIds: facilitators.map((f) => f.id) });
  // The community resource directory every agency starts with (adds only what is missing).
  await loadDefaultResources(ctx);
  // The Partner Contact program's files, in every state (after the directory: partners were given resources).
  const staffIds = await kysely.selectFrom('app_user').select(['id', 'email']).where('agency_id', '=', agencyId).execute();
  const staffId = (email: string) => staffIds.find((u) => u.email === email)?.id ?? null;
  const partnerCtx = { ...ctx, db: scopeToAgency(kysely, agencyId, { compartments: ['participant', 'partner', 'disclosure'] }) };
  await seedDemoPartners(partnerCtx, agencyId, { partnerContact: staffId('partner.contact@demo.pars.test'), lead: staffId('partner.lead@demo.pars.test'), manager: staffId('manager@demo.pars.test') });
  await seedDemoFees({ ...ctx, db: scopeToAgency(kysely, agencyId, { compartments: ['participant', 'income'] }) }, agencyId, { finance: staffId('finance@demo.pars.test'), manager: staffId('manager@demo.pars.test') });
  await seedDemoReports(caseCtx, { agencyId, siteId: site.id, manager: staffId('manager@demo.pars.test'), facilitator: staffId('facilitator@demo.pars.test') });
  await seedDemoAudit(caseCtx, kysely, { agencyId, auditor: staffId('auditor@demo.pars.test'), manager: staffId('manager@demo.pars.test') });
  return { agencyId, created };
}
