import { type Kysely, sql } from 'kysely';

/*
 * Helpers that migrations call. Migrations are history: once a migration has shipped, what it
 * did must not change, so these helpers are never edited in a way that changes their SQL; add a
 * new helper instead.
 */

/** Turns on row-level security for a tenant table: a row is visible only to its own agency. */
export async function enableTenantIsolation(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`create policy ${sql.id(`${table}_agency_isolation`)} on ${sql.table(table)}
    using (agency_id = pars_current_agency())
    with check (agency_id = pars_current_agency())`.execute(db);
}

/** Grants the app role the listed privileges on a table (nothing is granted by default). */
export async function grantToApp(db: Kysely<unknown>, table: string, privileges: string[]): Promise<void> {
  const allowed = new Set(['select', 'insert', 'update', 'delete']);
  for (const privilege of privileges) {
    if (!allowed.has(privilege)) throw new Error(`Unknown privilege ${privilege}`);
  }
  await sql`grant ${sql.raw(privileges.join(', '))} on ${sql.table(table)} to pars_app`.execute(db);
}

/**
 * Row-level security for a table of a compartment: every read and write needs the agency AND
 * the compartment in the transaction's scope.
 */
export async function enableCompartmentIsolation(db: Kysely<unknown>, table: string, compartment: string): Promise<void> {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`create policy ${sql.id(`${table}_compartment`)} on ${sql.table(table)}
    using (agency_id = pars_current_agency() and pars_has_compartment(${sql.lit(compartment)}))
    with check (agency_id = pars_current_agency() and pars_has_compartment(${sql.lit(compartment)}))`.execute(db);
}
